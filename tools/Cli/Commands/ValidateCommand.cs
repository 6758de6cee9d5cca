using PerfWorkflow.Documents;
using PerfWorkflow.Cli.Output;

namespace PerfWorkflow.Cli.Commands;

/// <summary>perfwf validate FILE: the findings (code, severity, field path, message), readable or as JSON.</summary>
public static class ValidateCommand
{
    public static int Run(CliArguments args, TextWriter stdout)
    {
        var loaded = FormFile.Load(args.SinglePositional("要校验的文件"));
        var check = FormValidation.Check(loaded);
        if (args.Json)
        {
            CliJson.Write(stdout, new FindingsDocument(loaded.FilePath, KindNames.Of(loaded.Kind), FormTitles.Of(loaded.Kind),
                check.ErrorCount, check.WarningCount, check.Findings, check.Remarks));
        }
        else
        {
            FindingPrinter.Print(stdout, loaded, check);
        }

        return check.ExitCode;
    }
}
