using System.Globalization;

namespace PerfWorkflow.EndToEnd.Benchmarks;

/// <summary>What to drive and against what; every option has a default that runs on one laptop.</summary>
public sealed record BenchmarkOptions
{
    public required Uri Filing { get; init; }
    public required Uri Notification { get; init; }
    public int Filings { get; init; } = 1000;
    public int Users { get; init; } = 16;
    public int Departments { get; init; } = 50;
    public string? Postgres { get; init; }

    /// <summary>The embedded Host's Filing database file (its accounts are aged, see <see cref="AccountAge"/>).</summary>
    public string? Sqlite { get; init; }
    public int Prefill { get; init; }
    public string Label { get; init; } = "run";
    public IReadOnlyDictionary<string, int> Processes { get; init; } = new Dictionary<string, int>();
    public string AdminUser { get; init; } = "perf-office";
    public string AdminPassword { get; init; } = "Demo@2026";

    public static BenchmarkOptions Parse(string[] args)
    {
        string Value(string name, string? fallback = null)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback ?? throw new ArgumentException($"missing {name}");
        }

        int Int(string name, int fallback) => int.Parse(Value(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

        var filing = new Uri(Value("--filing"));
        return new BenchmarkOptions
        {
            Filing = filing,
            Notification = new Uri(Value("--notification", filing.ToString())),
            Filings = Int("--filings", 1000),
            Users = Int("--users", 16),
            Departments = Int("--departments", 50),
            Postgres = Array.IndexOf(args, "--postgres") >= 0 ? Value("--postgres") : null,
            Sqlite = Array.IndexOf(args, "--sqlite") >= 0 ? Value("--sqlite") : null,
            Prefill = Int("--prefill", 0),
            Label = Value("--label", "run"),
            Processes = Value("--pids", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => p.Split('='))
                .ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture)),
        };
    }
}
