using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Deadlines;

/// <summary>One stage of one department's filing for a fiscal year: what every scheduling rule is about.</summary>
public sealed record FilingStage(Guid FilingId, string DepartmentId, int FiscalYear, CycleStage Stage)
{
    /// <summary>The stage has a calendar window, a due date and a reminder ladder (整改 items carry their own dates).</summary>
    public bool HasDeadline => DeadlineStages.HasDeadline(Stage);
}
