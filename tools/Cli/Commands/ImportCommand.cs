using PerfWorkflow.Cli.Output;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Cli.Commands;

/// <summary>perfwf import FILE: the parsed form as JSON with every finding on it (always JSON; --json is accepted).</summary>
public static class ImportCommand
{
    public static int Run(CliArguments args, TextWriter stdout)
    {
        var loaded = FormFile.Load(args.SinglePositional("要导入的文件"));
        var check = FormValidation.Check(loaded);
        CliJson.Write(stdout, new ImportDocument(loaded.FilePath, KindNames.Of(loaded.Kind), FormKinds.TitleOf(loaded.Kind), loaded.Form,
            check.ErrorCount, check.WarningCount, check.Findings, check.Remarks));
        return check.ExitCode;
    }
}
