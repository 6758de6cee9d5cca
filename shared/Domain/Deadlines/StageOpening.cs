using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// Workflow asks Filing to open <see cref="Stage"/> at <see cref="FireAt"/>. <see cref="Attempt"/> 0 is the calendar's
/// opening date; 1 is the second request after an approval that came after that date.
/// </summary>
public sealed record StageOpening(Guid FilingId, CycleStage Stage, int Attempt, DateTimeOffset FireAt)
{
    public string Key => TimerKeys.StageOpening(FilingId, Stage, Attempt);
}
