using System.Globalization;

namespace PerfWorkflow.EndToEnd.Benchmarks;

/// <summary>
/// CPU seconds used so far by each service process, by every PostgreSQL and RabbitMQ process of this machine (summed by
/// command name, so servers' short-lived workers that exit between two readings are lost: a lower bound) and by
/// this driver. Two readings around a phase give what that phase cost, without the set-up's imports.
/// </summary>
public sealed record CpuUse(IReadOnlyDictionary<string, double> Seconds)
{
    private static readonly (string Name, string Command)[] Servers = [("PostgreSQL", "postgres"), ("RabbitMQ", "beam.smp")];

    public static CpuUse Read(IReadOnlyDictionary<string, int> processes)
    {
        var seconds = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, pid) in processes)
        {
            if (PeakMemory.CpuSeconds(pid) is { } cpu)
            {
                seconds[name] = cpu;
            }
        }

        foreach (var (name, command) in Servers)
        {
            var total = 0.0;
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && CommandOf(pid) == command)
                {
                    total += PeakMemory.CpuSeconds(pid) ?? 0;
                }
            }

            if (total > 0)
            {
                seconds[name] = total;
            }
        }

        seconds["driver"] = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        return new CpuUse(seconds);
    }

    /// <summary>What each process used between <paramref name="before"/> and this reading.</summary>
    public IReadOnlyDictionary<string, double> Since(CpuUse before) =>
        Seconds.Where(s => before.Seconds.ContainsKey(s.Key)).ToDictionary(s => s.Key, s => s.Value - before.Seconds[s.Key], StringComparer.Ordinal);

    private static string? CommandOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
