using System.Diagnostics.Metrics;

namespace PerfWorkflow.Filing.Telemetry;

/// <summary>
/// The Filing service's meter (<c>PerfWorkflow.Filing</c>): committed transitions by action (submit, approve, …; their
/// rate is the system's throughput) and filing grain activations (Orleans' own meter counts every grain kind).
/// </summary>
public static class FilingMetrics
{
    public const string MeterName = "PerfWorkflow.Filing";

    private static readonly Meter Meter = new(MeterName);

    public static Counter<long> Transitions { get; } = Meter.CreateCounter<long>(
        "perfworkflow.filing.transitions", "{transition}", "Filing actions committed (submit, approve, return, …)");

    public static Counter<long> GrainActivations { get; } = Meter.CreateCounter<long>(
        "perfworkflow.filing.grain_activations", "{activation}", "Filing grains activated (each loads its filing from the database)");
}
