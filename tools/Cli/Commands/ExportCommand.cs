using PerfWorkflow.Cli.Output;
using PerfWorkflow.Documents;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Cli.Commands;

/// <summary>
/// perfwf export FILE --out OUT.xlsx: writes the form in its official .xlsx layout. The file is written even when
/// the form has error findings (converting is not approving); the exit code still reports them.
/// </summary>
public static class ExportCommand
{
    public static int Run(CliArguments args, TextWriter stdout)
    {
        var source = args.SinglePositional("要导出的文件");
        var target = args.Value("--out") ?? throw new InputProblemException("缺少 --out 输出文件，如 perfwf export 表.txt --out 表.xlsx。");
        if (!target.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new InputProblemException($"输出文件“{target}”应以 .xlsx 结尾。");
        }

        var loaded = FormFile.Load(source);
        var check = FormValidation.Check(loaded);
        var bytes = FormDocumentExporter.ToXlsx(loaded.Form);
        Write(target, bytes);

        if (args.Json)
        {
            CliJson.Write(stdout, new ExportDocument(loaded.FilePath, target, KindNames.Of(loaded.Kind), FormKinds.TitleOf(loaded.Kind),
                bytes.Length, check.ErrorCount, check.WarningCount));
        }
        else
        {
            stdout.WriteLine($"已导出 Exported: {target} ({FormKinds.TitleOf(loaded.Kind)}，{bytes.Length:N0} 字节 bytes)");
            stdout.WriteLine($"错误 {check.ErrorCount} 项，警告 {check.WarningCount} 项；详情请运行 perfwf validate {loaded.FilePath}");
        }

        return check.ExitCode;
    }

    private static void Write(string target, byte[] bytes)
    {
        try
        {
            File.WriteAllBytes(target, bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputProblemException($"无法写入输出文件“{target}”：{exception.Message}");
        }
    }
}
