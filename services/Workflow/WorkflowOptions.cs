using Microsoft.Extensions.Configuration;

namespace PerfWorkflow.Workflow;

/// <summary>
/// The <c>Workflow:*</c> settings. <see cref="Region"/> is the region whose cycle calendar the filings follow (the
/// events do not carry one; a deployment serves one finance bureau): <c>Workflow:Region</c>, else the organisation's
/// <c>Organisation:Region</c>, the region Filing's demo organisation is created in. <see cref="LazyTimers"/>
/// (<c>Workflow:Timers:Lazy</c>) stores only the rung of a reminder ladder that can fire next (see
/// <c>LazyLadder</c>); off, every rung is stored when the ladder is armed, as before lazy planning.
/// </summary>
public sealed record WorkflowOptions(
    string Region,
    string CalendarDirectory,
    TimeSpan SweepInterval,
    int SweepBatchSize,
    TimeSpan LateAfter,
    bool LazyTimers = true)
{
    public static WorkflowOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Workflow");
        return new WorkflowOptions(
            section["Region"] ?? (configuration["Organisation:Region"] is { Length: > 0 } region ? region.Trim() : "广州市"),
            section["CalendarDirectory"] ?? Path.Combine(AppContext.BaseDirectory, "calendars"),
            TimeSpan.FromMilliseconds(section.GetValue("Timers:SweepIntervalMs", 1000)),
            section.GetValue("Timers:BatchSize", 500),
            TimeSpan.FromSeconds(section.GetValue("Timers:LateAfterSeconds", 300)),
            section.GetValue("Timers:Lazy", true));
    }
}
