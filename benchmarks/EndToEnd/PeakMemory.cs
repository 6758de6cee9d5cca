namespace PerfWorkflow.EndToEnd.Benchmarks;

/// <summary>A process's peak resident memory (VmHWM) in MiB, from /proc; null when the process is gone.</summary>
public static class PeakMemory
{
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
