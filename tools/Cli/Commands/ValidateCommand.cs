using System.Globalization;
using PerfWorkflow.Cli.Output;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Forms.Validation;

namespace PerfWorkflow.Cli.Commands;

/// <summary>
/// perfwf validate FILE [--threshold N]: the findings (code, severity, field path, message), readable or as JSON.
/// --threshold is the execution rate (percent) under which a self-evaluation must give a reason, 90 by default.
/// </summary>
public static class ValidateCommand
{
    public static int Run(CliArguments args, TextWriter stdout)
    {
        var loaded = FormFile.Load(args.SinglePositional("要校验的文件"));
        var check = FormValidation.Check(loaded, Options(args.Value("--threshold")));
        if (args.Json)
        {
            CliJson.Write(stdout, new FindingsDocument(loaded.FilePath, KindNames.Of(loaded.Kind), FormKinds.TitleOf(loaded.Kind),
                check.ErrorCount, check.WarningCount, check.Findings, check.Remarks));
        }
        else
        {
            FindingPrinter.Print(stdout, loaded, check);
        }

        return check.ExitCode;
    }

    private static FormValidationOptions Options(string? threshold)
    {
        if (threshold is null)
        {
            return FormValidationOptions.Default;
        }

        if (!decimal.TryParse(threshold.Trim().TrimEnd('%', '％'), NumberStyles.Number, CultureInfo.InvariantCulture, out var percent)
            || percent is < 0m or > 100m)
        {
            throw new InputProblemException($"--threshold 的取值“{threshold}”无效，应为0到100之间的百分比，如 90 或 85%。");
        }

        return FormValidationOptions.Default with { ExecutionExplanationThresholdPercent = percent };
    }
}
