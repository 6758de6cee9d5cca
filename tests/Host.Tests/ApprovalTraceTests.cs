using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using PerfWorkflow.Host.Tests.Infrastructure;
using PerfWorkflow.Hosting.Telemetry;
using PerfWorkflow.Testing;

namespace PerfWorkflow.Host.Tests;

/// <summary>
/// One approval is one trace: the HTTP request, the Filing grain's call, the outbox row's publish (its trace context
/// stored with the row, since the relay publishes later on its own), MassTransit's send and consume (context in the
/// message headers), and each consumer's work in its batch down to the inbox item it writes. Spans are taken with the
/// in-memory exporter from the same sources the OTLP exporter is given.
/// </summary>
public sealed class ApprovalTraceTests : IAsyncLifetime
{
    private readonly RecordedSpans _spans = [];
    private readonly HostApp _host = new();

    public Task InitializeAsync()
    {
        _host.AddServices = services => services.AddOpenTelemetry().WithTracing(tracing => TelemetrySetup.AddSources(tracing).AddInMemoryExporter(_spans));
        return _host.InitializeAsync();
    }

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task One_approval_is_one_connected_trace_from_the_request_through_the_grain_outbox_bus_and_consumers_to_the_inbox_item()
    {
        var filingId = await PortalPages.DemoFilingAsync(_host, HostApp.CleanDepartment);
        using var filer = await _host.AsAsync($"{HostApp.CleanDepartment}-filer");
        using var head = await _host.AsAsync($"{HostApp.CleanDepartment}-head");
        (await filer.PostAsJsonAsync($"/api/filings/{filingId}/submit", new { })).EnsureSuccessStatusCode();

        (await head.PostAsJsonAsync($"/api/filings/{filingId}/approve", new { comment = "同意" })).EnsureSuccessStatusCode();

        var approvePath = $"/api/filings/{filingId}/approve";
        var trace = await Eventually.WaitForAsync(() =>
        {
            var request = _spans.Snapshot().SingleOrDefault(s => s.Kind == ActivityKind.Server && s.GetTagItem("url.path") as string == approvePath);
            var spans = request is null ? [] : _spans.Snapshot().Where(s => s.TraceId == request.TraceId).ToList();
            var reachedInbox = spans.Any(s => Consumer(s) == "inbox" && CreatedInboxItem(s, "review-requested"));
            var reachedTimers = spans.Any(s => Consumer(s) == "timers");
            return Task.FromResult(reachedInbox && reachedTimers ? spans : null);
        }, "the approval's trace to reach the reviewer's inbox item and Workflow's timers");

        var ids = trace.Select(s => s.SpanId).ToHashSet();
        var root = Assert.Single(trace, s => !ids.Contains(s.ParentSpanId));
        Assert.Equal(ActivityKind.Server, root.Kind);
        Assert.Equal(approvePath, root.GetTagItem("url.path"));
        Assert.Contains(trace, s => s.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal));
        Assert.Contains(trace, s => s.Source.Name == Tracing.SourceName && s.DisplayName == "outbox publish" && s.GetTagItem("perfworkflow.outbox") as string == "filing");
        Assert.Contains(trace, s => s.Source.Name == "MassTransit" && s.Kind == ActivityKind.Consumer);
        var inboxWork = trace.Where(s => Consumer(s) == "inbox").ToList();
        Assert.All(inboxWork, s => Assert.Contains(trace, p => p.SpanId == s.ParentSpanId && p.Source.Name == "MassTransit" && p.Kind == ActivityKind.Consumer));
    }

    private static string? Consumer(Activity span) =>
        span.Source.Name == Tracing.SourceName ? span.GetTagItem("perfworkflow.consumer") as string : null;

    private static bool CreatedInboxItem(Activity span, string kind) =>
        span.Events.Any(e => e.Name == "inbox-item-created" && e.Tags.Any(t => t.Key == "perfworkflow.inbox.kind" && t.Value as string == kind));
}
