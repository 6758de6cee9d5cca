using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// When Workflow asks Filing to open a stage (this repository's docs/domain.md, §7 Calendar): each later stage on its
/// window's opening day at 00:00 local time; and, when a stage is approved after the next stage's opening day, once
/// more at once, because Filing refused the first request while the stage before was still unapproved.
/// </summary>
public static class StageOpeningPlanner
{
    /// <summary>The openings to arm when a filing opens at <paramref name="now"/> in <paramref name="opened"/>: those still ahead.</summary>
    public static IReadOnlyList<StageOpening> WhenFilingOpens(Guid filingId, CycleStage opened, CycleCalendar calendar, DeadlineClock clock, DateTimeOffset now) =>
        [.. DeadlineStages.After(opened)
            .Select(stage => new StageOpening(filingId, stage, 0, OpensAt(calendar, stage, clock)))
            .Where(opening => opening.FireAt > now)];

    /// <summary>The second request to open the stage after <paramref name="approved"/>, or null when the calendar's own one is still to come.</summary>
    public static StageOpening? WhenStageApproved(Guid filingId, CycleStage approved, ScheduledOpening scheduled, CycleCalendar calendar, DeadlineClock clock, DateTimeOffset now)
    {
        if (DeadlineStages.NextAfter(approved) is not { } next)
        {
            return null;
        }

        var alreadyAsked = scheduled == ScheduledOpening.Fired || (scheduled == ScheduledOpening.NotArmed && OpensAt(calendar, next, clock) <= now);
        return alreadyAsked ? new StageOpening(filingId, next, 1, now) : null;
    }

    private static DateTimeOffset OpensAt(CycleCalendar calendar, CycleStage stage, DeadlineClock clock) =>
        clock.At(calendar.WindowOf(stage).Opens, TimeOnly.MinValue);
}
