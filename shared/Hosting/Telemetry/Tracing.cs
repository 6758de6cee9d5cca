using System.Diagnostics;

namespace PerfWorkflow.Hosting.Telemetry;

/// <summary>
/// The spans PerfWorkflow makes itself, where no library does: an outbox row's publish (whose parent is the request
/// that wrote the row, carried in the row's <c>trace_parent</c>) and each consumer's work inside its batch (whose
/// parent is MassTransit's consume span, itself a child of the publish through the message headers).
/// </summary>
public static class Tracing
{
    public const string SourceName = "PerfWorkflow";

    public static ActivitySource Source { get; } = new(SourceName);

    /// <summary>The W3C <c>traceparent</c> of the current span, to store beside work that continues elsewhere.</summary>
    public static string? CurrentTraceParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;

    /// <summary>The span context a stored <c>traceparent</c> names; default when there is none or it is unreadable.</summary>
    public static ActivityContext ParentFrom(string? traceParent) =>
        traceParent is not null && ActivityContext.TryParse(traceParent, null, out var context) ? context : default;
}
