using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// The performance office grants more time for one stage of a fiscal year, to one department
/// (<see cref="DepartmentCode"/>) or to all (null). <see cref="Sequence"/> numbers the extensions a deadline has had
/// (1, 2, …) and makes re-planned timer keys deterministic.
/// </summary>
public sealed record DeadlineExtension(
    int Sequence,
    int FiscalYear,
    CycleStage Stage,
    string? DepartmentCode,
    DateOnly NewDueDate,
    string Reason,
    string GrantedBy,
    DateTimeOffset GrantedAt)
{
    public bool AppliesToAllDepartments => DepartmentCode is null;

    public bool AppliesTo(FilingDeadline deadline) =>
        deadline.Stage == Stage && deadline.FiscalYear == FiscalYear && (DepartmentCode is null || DepartmentCode == deadline.DepartmentCode);

    /// <summary>Why this extension cannot be applied to <paramref name="deadline"/>, in Chinese; empty when it can.</summary>
    public IReadOnlyList<string> Problems(FilingDeadline deadline, DeadlineClock clock)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Reason))
        {
            problems.Add("延期必须说明理由。");
        }

        if (string.IsNullOrWhiteSpace(GrantedBy))
        {
            problems.Add("延期必须记录批准人。");
        }

        if (Sequence < 1)
        {
            problems.Add("延期序号应从 1 开始。");
        }

        if (!AppliesTo(deadline))
        {
            problems.Add($"该延期针对 {FiscalYear} 年度“{CycleStageNames.Of(Stage)}”{(DepartmentCode is null ? "" : $"（部门 {DepartmentCode}）")}，不适用于此期限。");
        }

        var currentDue = clock.DueDateOf(deadline.DueAt);
        if (NewDueDate <= currentDue)
        {
            problems.Add($"新的截止日期 {NewDueDate:yyyy-MM-dd} 必须晚于当前截止日期 {currentDue:yyyy-MM-dd}。");
        }

        return problems;
    }
}
