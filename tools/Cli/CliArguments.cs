namespace PerfWorkflow.Cli;

/// <summary>
/// The command line split into command, positional arguments and options. Hand-parsed: five commands with one
/// argument and two options do not need a parser library, and the messages stay Chinese.
/// </summary>
public sealed class CliArguments
{
    private static readonly HashSet<string> Flags = ["--json", "--help", "-h"];
    private static readonly HashSet<string> ValueOptions = ["--out", "-o", "--name", "--qualitative", "--threshold"];

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    private CliArguments(string? command, IReadOnlyList<string> positionals)
    {
        Command = command;
        Positionals = positionals;
    }

    public string? Command { get; }

    public IReadOnlyList<string> Positionals { get; }

    public bool Json => _flags.Contains("--json");

    public bool HelpRequested => _flags.Contains("--help") || _flags.Contains("-h");

    public string? Value(string name) => _values.TryGetValue(name, out var value) ? value : null;

    /// <summary>Splits <paramref name="args"/>; "--" ends the options so a value may itself start with "-".</summary>
    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var positionals = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var optionsEnded = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || !arg.StartsWith('-') || arg == "-" || IsNegativeNumberOrValue(arg))
            {
                positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            var (name, inline) = SplitInlineValue(arg);
            if (Flags.Contains(name) && inline is null)
            {
                flags.Add(name);
            }
            else if (ValueOptions.Contains(name))
            {
                var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new InputProblemException($"选项 {name} 后缺少取值。"));
                values[Canonical(name)] = value;
            }
            else
            {
                throw new InputProblemException($"无法识别的选项“{arg}”，请运行 perfwf --help 查看用法。");
            }
        }

        var command = positionals.Count > 0 ? positionals[0] : null;
        var parsed = new CliArguments(command, positionals.Skip(1).ToList());
        foreach (var (key, value) in values)
        {
            parsed._values[key] = value;
        }

        parsed._flags.UnionWith(flags);
        return parsed;
    }

    /// <summary>The single positional argument of a command, or a Chinese message naming what is missing.</summary>
    public string SinglePositional(string what)
    {
        return Positionals.Count switch
        {
            0 => throw new InputProblemException($"缺少{what}，请运行 perfwf {Command} --help 查看用法。"),
            1 => Positionals[0],
            _ => throw new InputProblemException($"参数过多：只需一个{what}，收到{Positionals.Count}个（含空格的内容请加引号）。"),
        };
    }

    private static (string Name, string? Inline) SplitInlineValue(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 ? (arg[..equals], arg[(equals + 1)..]) : (arg, null);
    }

    private static string Canonical(string name) => name == "-o" ? "--out" : name;

    // "-5%" as a target value is text, not an option.
    private static bool IsNegativeNumberOrValue(string arg) => arg.Length > 1 && (char.IsAsciiDigit(arg[1]) || arg[1] == '.');
}
