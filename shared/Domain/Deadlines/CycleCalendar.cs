using PerfWorkflow.Domain.Calendar;
using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// The finance bureau's timetable for one region and fiscal year Y (docs/domain.md §1), versioned: every change the
/// performance office makes is a new <see cref="Version"/>, so a filing can say which timetable its deadlines came from.
/// 整改 has no window here: each rectification item carries its own deadline.
/// </summary>
/// <param name="MoveDueDatesOffNonWorkingDays">
/// A due date on a weekend or holiday moves to the next working day, as Chinese procedural rules treat a period that
/// ends on a 法定休假日 (e.g. 民事诉讼法 第八十五条) [practice]; on by default.
/// </param>
public sealed record CycleCalendar(
    string Region,
    int FiscalYear,
    int Version,
    StageWindow Declaration,
    StageWindow Monitoring,
    DateOnly MonitoringDataAsOf,
    StageWindow SelfEvaluation,
    int ReviewStepWorkingDays,
    ReminderLadder Reminders,
    EscalationPolicy Escalation,
    bool MoveDueDatesOffNonWorkingDays)
{
    /// <summary>
    /// docs/domain.md §1 defaults [default]: 申报 opens 1 Oct Y-1, due 15 Dec Y-1 (with the budget); 监控 data as of 30 Jun Y,
    /// opens 1 Jul, due 31 Jul Y; 自评 opens 1 Jan Y+1, due 31 Mar Y+1; 5 working days per review step.
    /// </summary>
    public static CycleCalendar Default(string region, int fiscalYear) => new(
        region,
        fiscalYear,
        1,
        new StageWindow(new DateOnly(fiscalYear - 1, 10, 1), new DateOnly(fiscalYear - 1, 12, 15)),
        new StageWindow(new DateOnly(fiscalYear, 7, 1), new DateOnly(fiscalYear, 7, 31)),
        new DateOnly(fiscalYear, 6, 30),
        new StageWindow(new DateOnly(fiscalYear + 1, 1, 1), new DateOnly(fiscalYear + 1, 3, 31)),
        5,
        ReminderLadder.Default,
        EscalationPolicy.Default,
        true);

    public StageWindow WindowOf(CycleStage stage) => stage switch
    {
        CycleStage.Declaration => Declaration,
        CycleStage.Monitoring => Monitoring,
        CycleStage.SelfEvaluation => SelfEvaluation,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "整改期限按每个整改事项单独设定，没有统一的阶段窗口。"),
    };

    /// <summary>A new version with one stage's window changed.</summary>
    public CycleCalendar WithWindow(CycleStage stage, StageWindow window) => stage switch
    {
        CycleStage.Declaration => this with { Declaration = window, Version = Version + 1 },
        CycleStage.Monitoring => this with { Monitoring = window, Version = Version + 1 },
        CycleStage.SelfEvaluation => this with { SelfEvaluation = window, Version = Version + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "整改期限按每个整改事项单独设定，没有统一的阶段窗口。"),
    };

    /// <summary>The due date filers are held to, after moving off a weekend or holiday if configured.</summary>
    public DateOnly EffectiveDueDate(CycleStage stage, WorkingDayCalendar calendar) => EffectiveDate(WindowOf(stage).Due, calendar);

    /// <summary>For a rectification item's own deadline: the same weekend/holiday rule as the stages.</summary>
    public DateOnly EffectiveDate(DateOnly dueDate, WorkingDayCalendar calendar) =>
        MoveDueDatesOffNonWorkingDays ? calendar.WorkingDayOnOrAfter(dueDate) : dueDate;

    public FilingDeadline DeadlineFor(Guid filingId, string departmentCode, CycleStage stage, WorkingDayCalendar calendar, DeadlineClock clock) =>
        new(filingId, departmentCode, FiscalYear, stage, clock.DueInstant(EffectiveDueDate(stage, calendar)));

    /// <summary>
    /// When a review step requested at <paramref name="requestedAt"/> is late: the end of the
    /// <see cref="ReviewStepWorkingDays"/>-th working day after the day of the request (that day itself not counted).
    /// </summary>
    public DateTimeOffset ReviewStepDueAt(DateTimeOffset requestedAt, WorkingDayCalendar calendar, DeadlineClock clock) =>
        clock.DueInstant(calendar.AddWorkingDays(clock.LocalDate(requestedAt), ReviewStepWorkingDays));

    public DeadlineRules RulesWith(WorkingDayCalendar calendar, DeadlineClock clock) => new(calendar, Reminders, Escalation, clock);
}
