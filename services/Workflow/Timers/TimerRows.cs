using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Timers;

/// <summary>Translation between the domain's <see cref="PlannedTimer"/> and the stored <see cref="TimerRecord"/>.</summary>
public static class TimerRows
{
    public static string KindOf(TimerKind kind) => TimerKeys.KindSegment(kind);

    public static TimerKind? DomainKind(string kind) => kind switch
    {
        TimerKinds.ReminderBefore => TimerKind.ReminderBefore,
        TimerKinds.Due => TimerKind.Due,
        TimerKinds.OverdueRepeat => TimerKind.OverdueRepeat,
        TimerKinds.Escalation => TimerKind.Escalation,
        _ => null,
    };

    public static bool TryParseStage(string stage, out CycleStage parsed) => DeadlineStages.TryParse(stage, out parsed);

    public static TimerRecord New(PlannedTimer timer, string departmentId, int fiscalYear, DateTimeOffset createdAt) => new()
    {
        Key = timer.Key,
        FilingId = timer.FilingId,
        DepartmentId = departmentId,
        FiscalYear = fiscalYear,
        Stage = timer.Stage.ToString(),
        Kind = KindOf(timer.Kind),
        Number = timer.Number,
        FireAt = timer.FireAt.UtcDateTime,
        DueAt = timer.DueAt.UtcDateTime,
        Status = TimerStatuses.Pending,
        CreatedAt = createdAt.UtcDateTime,
    };

    /// <summary>The calendar's (or a repeated) request to open a stage.</summary>
    public static TimerRecord New(StageOpening opening, FilingStage filing, DateTimeOffset createdAt) => new()
    {
        Key = opening.Key,
        FilingId = opening.FilingId,
        DepartmentId = filing.DepartmentId,
        FiscalYear = filing.FiscalYear,
        Stage = opening.Stage.ToString(),
        Kind = TimerKinds.OpenStage,
        Number = 0,
        FireAt = opening.FireAt.UtcDateTime,
        Status = TimerStatuses.Pending,
        CreatedAt = createdAt.UtcDateTime,
    };

    /// <summary>A review step's time limit, addressed to the step's assignees.</summary>
    public static TimerRecord New(ReviewLimit limit)
    {
        var request = limit.Request;
        return new TimerRecord
        {
            Key = limit.Key,
            FilingId = request.Stage.FilingId,
            DepartmentId = request.Stage.DepartmentId,
            FiscalYear = request.Stage.FiscalYear,
            Stage = request.Stage.Stage.ToString(),
            Kind = TimerKinds.ReviewOverdue,
            Number = request.Step,
            FireAt = limit.DueAt.UtcDateTime,
            DueAt = limit.DueAt.UtcDateTime,
            Status = TimerStatuses.Pending,
            Recipients = [.. request.Assignees],
            RequestedAt = request.RequestedAt.UtcDateTime,
            CreatedAt = request.RequestedAt.UtcDateTime,
        };
    }

    /// <summary>Sets a stored timer waiting again, at <paramref name="timer"/>'s (possibly moved) time.</summary>
    public static void Rearm(TimerRecord row, PlannedTimer timer)
    {
        row.Status = TimerStatuses.Pending;
        row.CancelReason = null;
        row.FireAt = timer.FireAt.UtcDateTime;
        row.DueAt = timer.DueAt.UtcDateTime;
    }

    /// <summary>A stored deadline timer as the domain sees it; null for Workflow's own kinds.</summary>
    public static PlannedTimer? ToPlanned(TimerRecord row)
    {
        if (DomainKind(row.Kind) is not { } kind || !TryParseStage(row.Stage, out var stage) || row.DueAt is null)
        {
            return null;
        }

        var subject = $"{row.FilingId:D}:{TimerKeys.StageSegment(stage, null)}";
        var series = TimerKeys.Series(subject, kind, row.Number);
        return new PlannedTimer(row.Key, series, subject, row.FilingId, stage, kind, row.Number,
            new DateTimeOffset(row.FireAt, TimeSpan.Zero), new DateTimeOffset(row.DueAt.Value, TimeSpan.Zero));
    }

    /// <summary>Arms <paramref name="timer"/> under its key: a new row, or the existing one set pending at the new time.</summary>
    public static void Upsert(ICollection<TimerRecord> added, IReadOnlyDictionary<string, TimerRecord> existing, PlannedTimer timer, string departmentId, int fiscalYear, DateTimeOffset now)
    {
        if (existing.TryGetValue(timer.Key, out var row))
        {
            if (row.Status == TimerStatuses.Fired)
            {
                return;
            }

            Rearm(row, timer);
            return;
        }

        added.Add(New(timer, departmentId, fiscalYear, now));
    }
}
