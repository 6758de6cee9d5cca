using System.Diagnostics.Metrics;

namespace PerfWorkflow.Workflow.Telemetry;

/// <summary>
/// The Workflow service's meter (<c>PerfWorkflow.Workflow</c>): timers each sweep found due, fired (their events in
/// the outbox), fired late (after <c>Workflow:Timers:LateAfterSeconds</c>) and superseded by a later reminder, and
/// how far after its time each fired.
/// </summary>
public static class TimerMetrics
{
    public const string MeterName = "PerfWorkflow.Workflow";

    private static readonly Meter Meter = new(MeterName);

    public static Counter<long> Due { get; } = Meter.CreateCounter<long>("perfworkflow.timers.due", "{timer}", "Due timers a sweep claimed");

    public static Counter<long> Fired { get; } = Meter.CreateCounter<long>("perfworkflow.timers.fired", "{timer}", "Timers fired, their events in the outbox");

    public static Counter<long> Late { get; } = Meter.CreateCounter<long>("perfworkflow.timers.late", "{timer}", "Timers fired later than the late threshold");

    public static Counter<long> Superseded { get; } = Meter.CreateCounter<long>("perfworkflow.timers.superseded", "{timer}", "Missed reminders cancelled for a later one");

    public static Histogram<double> FireDelay { get; } = Meter.CreateHistogram<double>("perfworkflow.timers.fire_delay", "s", "From a timer's time to its firing");
}
