using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace PerfWorkflow.Hosting.Telemetry;

/// <summary>
/// What every service's messaging measures (meter <c>PerfWorkflow.Messaging</c>, tagged with the outbox or consumer):
/// the outbox backlog and the age of its oldest row, how long a committed event waited before the broker confirmed
/// it, how long a delivered message waited before its consumer's effects committed, and how many messages shared a
/// commit.
/// </summary>
public static class MessagingMetrics
{
    public const string MeterName = "PerfWorkflow.Messaging";

    private static readonly Meter Meter = new(MeterName);
    private static readonly ConcurrentDictionary<string, (long Backlog, double OldestAgeSeconds)> Outboxes = new(StringComparer.Ordinal);

    public static Histogram<double> PublishDelay { get; } = Meter.CreateHistogram<double>(
        "perfworkflow.outbox.publish_delay", "s", "From an event's commit to the broker's confirm of its publish");

    public static Histogram<double> ConsumerLag { get; } = Meter.CreateHistogram<double>(
        "perfworkflow.consumer.lag", "s", "From a message's publish to the commit of its consumer's effects");

    public static Histogram<int> BatchSize { get; } = Meter.CreateHistogram<int>(
        "perfworkflow.consumer.batch_size", "{message}", "Messages whose effects one consumer transaction committed");

    public static ObservableGauge<long> Backlog { get; } = Meter.CreateObservableGauge(
        "perfworkflow.outbox.backlog", () => Outboxes.Select(o => new Measurement<long>(o.Value.Backlog, new KeyValuePair<string, object?>("outbox", o.Key))),
        "{message}", "Outbox rows not yet published");

    public static ObservableGauge<double> OldestAge { get; } = Meter.CreateObservableGauge(
        "perfworkflow.outbox.age", () => Outboxes.Select(o => new Measurement<double>(o.Value.OldestAgeSeconds, new KeyValuePair<string, object?>("outbox", o.Key))),
        "s", "Age of the oldest outbox row not yet published");

    /// <summary>True when anything listens to the outbox gauges (reading them costs a query).</summary>
    public static bool OutboxObserved => Backlog.Enabled || OldestAge.Enabled;

    public static void ReportOutbox(string outbox, long backlog, double oldestAgeSeconds) => Outboxes[outbox] = (backlog, oldestAgeSeconds);
}
