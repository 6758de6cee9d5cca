namespace PerfWorkflow.Domain.Calendar;

/// <summary>
/// A working-day question about a date whose year has no loaded holiday notice. Guessing "weekends only" would put
/// deadlines on 春节 or 国庆 holidays without anyone noticing, so the calendar refuses; check
/// <see cref="WorkingDayCalendar.Covers(DateOnly)"/> first where an uncovered year is expected.
/// </summary>
public sealed class WorkingDayCalendarNotCoveredException : Exception
{
    public WorkingDayCalendarNotCoveredException(DateOnly date, IReadOnlyList<int> coveredYears)
        : base(MessageFor(date, coveredYears))
    {
        Date = date;
        CoveredYears = coveredYears;
    }

    public DateOnly Date { get; }

    public IReadOnlyList<int> CoveredYears { get; }

    private static string MessageFor(DateOnly date, IReadOnlyList<int> coveredYears) =>
        $"工作日历没有 {date.Year} 年的节假日安排（涉及日期 {date:yyyy-MM-dd}；已导入年份：" +
        (coveredYears.Count == 0 ? "无" : string.Join("、", coveredYears)) +
        "）。请财政局导入国务院该年度放假通知后再计算工作日期限。";
}
