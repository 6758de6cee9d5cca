using System.Diagnostics.Metrics;

namespace PerfWorkflow.Notification.Telemetry;

/// <summary>The Notification service's meter (<c>PerfWorkflow.Notification</c>): inbox items written, by kind.</summary>
public static class InboxMetrics
{
    public const string MeterName = "PerfWorkflow.Notification";

    private static readonly Meter Meter = new(MeterName);

    public static Counter<long> ItemsCreated { get; } = Meter.CreateCounter<long>(
        "perfworkflow.inbox.items_created", "{item}", "Inbox items written in a consumer batch's transaction (a batch that fails and is rerun message by message counts its items again)");
}
