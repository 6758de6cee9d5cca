namespace PerfWorkflow.EndToEnd.Benchmarks;

/// <summary>One stage of an event's way: its median and 99th percentile in milliseconds over <paramref name="Events"/> events.</summary>
public sealed record StageTime(string Stage, double P50, double P99, long Events);
