namespace PerfWorkflow.Domain.Deadlines;

/// <summary>When a stage opens for filing and the local date it is due (inclusive).</summary>
public sealed record StageWindow(DateOnly Opens, DateOnly Due)
{
    public bool IsOpenOn(DateOnly date) => date >= Opens;
}
