using PerfWorkflow.Cli.Commands;

namespace PerfWorkflow.Cli;

/// <summary>
/// perfwf's entry point, with its output streams passed in so tests run it in-process. Nothing escapes it: every
/// failure becomes one Chinese line on stderr and exit code 2, never a stack trace.
/// </summary>
public static class CliApp
{
    private static readonly string[] CommandNames = ["import", "validate", "score", "value", "export"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            return Dispatch(CliArguments.Parse(args ?? []), stdout, stderr);
        }
        catch (InputProblemException problem)
        {
            stderr.WriteLine($"perfwf: {problem.Message}");
            return ExitCodes.InputUnreadable;
        }
        catch (Exception exception)
        {
            // Anything else is a defect in perfwf or the importers; the user still gets a sentence, not a trace.
            stderr.WriteLine($"perfwf: 处理时发生意外错误（{exception.GetType().Name}）：{exception.Message}");
            return ExitCodes.InputUnreadable;
        }
    }

    private static int Dispatch(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Command is null or "help")
        {
            if (args.HelpRequested || args.Command == "help")
            {
                stdout.WriteLine(args.Positionals.Count > 0 ? HelpText.For(args.Positionals[0]) : HelpText.General);
                return ExitCodes.Success;
            }

            stderr.WriteLine("perfwf: 缺少命令。");
            stderr.WriteLine(HelpText.General);
            return ExitCodes.InputUnreadable;
        }

        if (!CommandNames.Contains(args.Command))
        {
            throw new InputProblemException($"未知命令“{args.Command}”，可用命令：{string.Join("、", CommandNames)}。请运行 perfwf --help 查看用法。");
        }

        if (args.HelpRequested)
        {
            stdout.WriteLine(HelpText.For(args.Command));
            return ExitCodes.Success;
        }

        return args.Command switch
        {
            "import" => ImportCommand.Run(args, stdout),
            "validate" => ValidateCommand.Run(args, stdout),
            "score" => ScoreCommand.Run(args, stdout),
            "value" => ValueCommand.Run(args, stdout),
            _ => ExportCommand.Run(args, stdout),
        };
    }
}
