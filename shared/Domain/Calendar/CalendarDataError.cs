namespace PerfWorkflow.Domain.Calendar;

/// <summary>
/// One problem in a working-day calendar file, for the finance-bureau clerk who maintains it:
/// which file, which line (1-based), which field (e.g. "holidays[1].to") and what to fix, in Chinese.
/// </summary>
public sealed record CalendarDataError(string Source, int Line, string FieldPath, string Message)
{
    public override string ToString() =>
        FieldPath.Length == 0 ? $"{Source} 第{Line}行：{Message}" : $"{Source} 第{Line}行 {FieldPath}：{Message}";
}
