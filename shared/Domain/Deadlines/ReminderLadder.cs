namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// When the filer is reminded. Default [default]: 7, 3 and 1 calendar days before, on the due date, then every
/// 3 days while overdue (at most <see cref="OverdueRepeatLimit"/> times: the plan must be finite, and by then the
/// escalation has long gone out), each at 09:00 local time.
/// </summary>
/// <param name="KeepToWorkingDays">
/// A reminder that would land on a weekend or holiday is sent on the working day before it (before the deadline)
/// or after it (once overdue): nobody reads a reminder on 春节. Rungs that land on the same day collapse into the
/// one nearest the deadline.
/// </param>
public sealed record ReminderLadder(
    IReadOnlyList<int> DaysBefore,
    bool RemindOnDueDate,
    int OverdueRepeatEveryDays,
    int OverdueRepeatLimit,
    TimeOnly LocalFireTime,
    bool KeepToWorkingDays)
{
    public static ReminderLadder Default { get; } = new([7, 3, 1], true, 3, 10, new TimeOnly(9, 0), true);

    /// <summary>Configuration mistakes, in Chinese, for the performance office's settings page; empty when usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (DaysBefore.Any(d => d <= 0))
        {
            problems.Add("提前提醒天数必须是正整数。");
        }

        if (DaysBefore.Distinct().Count() != DaysBefore.Count)
        {
            problems.Add("提前提醒天数不能重复。");
        }

        if (OverdueRepeatEveryDays <= 0)
        {
            problems.Add("逾期重复提醒的间隔天数必须是正整数。");
        }

        if (OverdueRepeatLimit < 0)
        {
            problems.Add("逾期重复提醒的次数不能为负数。");
        }

        return problems;
    }
}
