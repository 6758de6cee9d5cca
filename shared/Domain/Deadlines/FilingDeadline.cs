using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// What is due: one stage of one filing (or, for 整改, one rectification item of it, named by <see cref="ItemId"/>),
/// with the instant it becomes late (see <see cref="DeadlineClock.DueInstant"/>).
/// </summary>
public sealed record FilingDeadline(Guid FilingId, string DepartmentCode, int FiscalYear, CycleStage Stage, DateTimeOffset DueAt, string? ItemId = null)
{
    /// <summary>"{filingId}:{stage}" — the part of every timer key that names what is due.</summary>
    public string SubjectKey => $"{FilingId:D}:{TimerKeys.StageSegment(Stage, ItemId)}";
}
