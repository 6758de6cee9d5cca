namespace PerfWorkflow.EndToEnd.Benchmarks;

/// <summary>A process's peak resident memory (VmHWM) in MiB and its CPU time so far, from /proc; null when it is gone.</summary>
public static class PeakMemory
{
    /// <summary>User + system CPU seconds the process has used (fields 14 and 15 of /proc/PID/stat, in clock ticks).</summary>
    public static double? CpuSeconds(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
        {
            return null;
        }

        var fields = File.ReadAllText(stat).Split(')')[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        const double TicksPerSecond = 100;
        return (double.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + double.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture)) / TicksPerSecond;
    }

    public static double? OfProcess(int pid)
    {
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }
}
