using PerfWorkflow.Contracts;
using PerfWorkflow.Domain.Calendar;
using PerfWorkflow.Domain.Deadlines;
using CycleStage = PerfWorkflow.Domain.Filings.CycleStage;

namespace PerfWorkflow.Integration.Tests.Deadlines;

/// <summary>
/// What Workflow should do, computed from the domain alone: the planner's ladders, <see cref="ExtensionReplanner"/>
/// and <see cref="MissedTimerCatchUp"/>, applied to the same script the test sends. It yields the expected timer
/// table and the inbox items every sweep must produce, so the real services are compared with an independent account.
/// </summary>
public sealed class TimerModel(WorkingDayCalendar workingDays, string region, int fiscalYear)
{
    private static readonly string[] DeadlineKinds = ["reminder-before", "due", "overdue-repeat", "escalation"];
    private static readonly CycleStage[] PlannedStages = [CycleStage.Declaration, CycleStage.Monitoring, CycleStage.SelfEvaluation];
    private readonly DeadlineClock _clock = DeadlineClock.ChinaStandardTime;
    private readonly Dictionary<(Guid, string), (DateTimeOffset? DueAt, bool Awaiting, int Extensions, string Department)> _deadlines = [];
    private readonly Dictionary<Guid, string> _filedBy = [];
    private readonly Dictionary<Guid, string> _departments = [];
    private CycleCalendar _calendar = CycleCalendar.Default(region, fiscalYear);

    public Dictionary<string, ModelTimer> Timers { get; } = new(StringComparer.Ordinal);

    public List<ExpectedDelivery> Deliveries { get; } = [];

    public List<(Guid FilingId, string Stage)> OpenStages { get; } = [];

    public static TimeSpan LateAfter { get; } = TimeSpan.FromMinutes(5);

    public DateTimeOffset? NextFireAt() =>
        Timers.Values.Where(t => t.Status == "pending").Select(t => (DateTimeOffset?)t.FireAt).Min();

    public void Apply(ScriptedAction action)
    {
        var at = action.At;
        switch (action.Message)
        {
            case FilingOpened m:
                _departments[m.FilingId] = m.DepartmentId;
                Open(m.FilingId, m.DepartmentId, m.Stage, at);
                foreach (var later in PlannedStages.Where(s => s > CycleStage.Declaration))
                {
                    var fireAt = _clock.At(_calendar.WindowOf(later).Opens, TimeOnly.MinValue);
                    Add(new ModelTimer { Key = $"{m.FilingId:D}:{Segment(later)}:open-stage:0", FilingId = m.FilingId, DepartmentId = m.DepartmentId, Stage = later.ToString(), Kind = "open-stage", Number = 0, FireAt = fireAt });
                }

                break;
            case StageOpened m:
                Open(m.FilingId, m.DepartmentId, m.Stage, at);
                break;
            case FilingSubmitted m:
                _filedBy[m.FilingId] = m.SubmittedBy;
                _deadlines[(m.FilingId, m.Stage)] = _deadlines[(m.FilingId, m.Stage)] with { Awaiting = false };
                Cancel(m.FilingId, m.Stage, DeadlineKinds, null);
                break;
            case SubmissionWithdrawn m:
                BackWithFiler(m.FilingId, m.Stage, at);
                break;
            case ReviewRequested m:
                var dueAt = _calendar.ReviewStepDueAt(at, workingDays, _clock);
                Add(new ModelTimer
                {
                    Key = $"{m.FilingId:D}:{Segment(Parse(m.Stage))}:review-overdue:{m.Step}:{m.MessageId:N}", FilingId = m.FilingId, DepartmentId = m.DepartmentId,
                    Stage = m.Stage, Kind = "review-overdue", Number = m.Step, FireAt = dueAt, DueAt = dueAt, Recipients = [.. m.Assignees],
                });
                break;
            case ReviewApproved { StepCompleted: true } m:
                Cancel(m.FilingId, m.Stage, ["review-overdue"], m.Step);
                break;
            case FilingReturned m:
                Cancel(m.FilingId, m.Stage, ["review-overdue"], m.FromStep);
                if (m.ToStep is null)
                {
                    _filedBy[m.FilingId] = m.FiledBy;
                    BackWithFiler(m.FilingId, m.Stage, at);
                }

                break;
            case StageApproved m:
                _filedBy[m.FilingId] = m.FiledBy;
                _deadlines[(m.FilingId, m.Stage)] = _deadlines[(m.FilingId, m.Stage)] with { Awaiting = false };
                Cancel(m.FilingId, m.Stage, [.. DeadlineKinds, "review-overdue"], null);
                break;
            case null when action.Extension is { } extension:
                Extend(extension, at);
                break;
            default:
                throw new InvalidOperationException($"The model does not know {action.Message?.GetType().Name}.");
        }
    }

    /// <summary>One sweep at <paramref name="now"/>: the latest due reminder per deadline fires, the earlier ones are superseded.</summary>
    public void Sweep(DateTimeOffset now)
    {
        var due = Timers.Values.Where(t => t.Status == "pending" && t.FireAt <= now).ToList();
        var planned = due.Where(t => t.Kind is "reminder-before" or "due" or "overdue-repeat").Select(ToPlanned);
        var superseded = MissedTimerCatchUp.Decide(planned, now).Superseded.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var timer in due)
        {
            if (superseded.Contains(timer.Key))
            {
                timer.Status = "cancelled";
                continue;
            }

            timer.Status = "fired";
            timer.Late = now - timer.FireAt > LateAfter;
            switch (timer.Kind)
            {
                case "open-stage":
                    OpenStages.Add((timer.FilingId, timer.Stage));
                    break;
                case "escalation":
                    Deliver([RecipientAddress.SupervisorOf(timer.DepartmentId), RecipientAddress.BureauRole("performance-office")], "deadline-escalated", timer, now);
                    break;
                case "review-overdue":
                    Deliver(timer.Recipients, "review-overdue", timer, now);
                    break;
                default:
                    Deliver(Filer(timer.FilingId), timer.Kind == "overdue-repeat" ? "deadline-missed" : "deadline-approaching", timer, now);
                    break;
            }
        }
    }

    private void Open(Guid filingId, string departmentId, string stage, DateTimeOffset at)
    {
        var parsed = Parse(stage);
        var dueAt = _calendar.DeadlineFor(filingId, departmentId, parsed, workingDays, _clock).DueAt;
        _deadlines[(filingId, stage)] = (dueAt, true, 0, departmentId);
        Arm(filingId, stage, at);
    }

    private void BackWithFiler(Guid filingId, string stage, DateTimeOffset at)
    {
        Cancel(filingId, stage, ["review-overdue"], null);
        _deadlines[(filingId, stage)] = _deadlines[(filingId, stage)] with { Awaiting = true };
        Arm(filingId, stage, at);
    }

    private void Arm(Guid filingId, string stage, DateTimeOffset cutoff)
    {
        var (dueAt, _, _, department) = _deadlines[(filingId, stage)];
        var plan = DeadlinePlanner.Plan(new FilingDeadline(filingId, department, fiscalYear, Parse(stage), dueAt!.Value), _calendar.RulesWith(workingDays, _clock));
        foreach (var timer in plan.Timers.Where(t => t.FireAt > cutoff))
        {
            var candidates = Timers.Values.Where(r => r.Key == timer.Series || r.Key.StartsWith(timer.Series + ":ext", StringComparison.Ordinal)).ToList();
            var live = candidates.Where(r => r.Status != "fired").OrderByDescending(r => r.Key.Length).ThenByDescending(r => r.Key, StringComparer.Ordinal).FirstOrDefault();
            if (live is not null)
            {
                (live.Status, live.FireAt, live.DueAt) = ("pending", timer.FireAt, timer.DueAt);
            }
            else if (candidates.Count == 0)
            {
                Add(FromPlanned(timer, department));
            }
        }
    }

    private void Extend(ScriptedExtension extension, DateTimeOffset at)
    {
        var stage = Parse(extension.Stage);
        if (extension.DepartmentId is null)
        {
            _calendar = _calendar.WithWindow(stage, _calendar.WindowOf(stage) with { Due = extension.NewDueDate });
        }

        foreach (var ((filingId, stageName), deadline) in _deadlines.Where(d => d.Key.Item2 == extension.Stage).ToList())
        {
            if (extension.DepartmentId is not null && deadline.Department != extension.DepartmentId)
            {
                continue;
            }

            var filingDeadline = new FilingDeadline(filingId, deadline.Department, fiscalYear, stage, deadline.DueAt!.Value);
            var oldDue = _clock.DueDateOf(filingDeadline.DueAt);
            if (oldDue >= extension.NewDueDate)
            {
                continue;
            }

            var sequence = deadline.Extensions + 1;
            if (deadline.Awaiting)
            {
                var rows = Timers.Values.Where(t => t.FilingId == filingId && t.Stage == stageName && DeadlineKinds.Contains(t.Kind)).ToList();
                var replan = ExtensionReplanner.Replan(filingDeadline, [.. rows.Where(r => r.Status != "cancelled").Select(ToPlanned)],
                    rows.Where(r => r.Status == "fired").Select(r => r.Key).ToHashSet(), new DeadlineExtension(sequence, fiscalYear, stage, extension.DepartmentId, extension.NewDueDate, extension.Reason, "perf-office", at), at,
                    _calendar.RulesWith(workingDays, _clock));
                foreach (var timer in replan.ToSchedule)
                {
                    if (Timers.TryGetValue(timer.Key, out var row))
                    {
                        if (row.Status != "fired")
                        {
                            (row.Status, row.FireAt, row.DueAt) = ("pending", timer.FireAt, timer.DueAt);
                        }
                    }
                    else
                    {
                        Add(FromPlanned(timer, deadline.Department));
                    }
                }

                foreach (var timer in replan.ToCancel.Where(t => Timers[t.Key].Status == "pending"))
                {
                    Timers[timer.Key].Status = "cancelled";
                }
            }

            _deadlines[(filingId, stageName)] = deadline with { DueAt = _clock.DueInstant(extension.NewDueDate), Extensions = sequence };
            foreach (var user in Filer(filingId))
            {
                Deliveries.Add(new ExpectedDelivery(user, "deadline-extended", filingId, stageName, at));
            }
        }
    }

    private IReadOnlyList<string> Filer(Guid filingId) =>
        _filedBy.TryGetValue(filingId, out var user) ? [user] : [RecipientAddress.DepartmentRole("filer", _departments[filingId])];

    private void Deliver(IEnumerable<string> recipients, string kind, ModelTimer timer, DateTimeOffset now)
    {
        foreach (var user in recipients.Distinct())
        {
            Deliveries.Add(new ExpectedDelivery(user, kind, timer.FilingId, timer.Stage, now));
        }
    }

    private void Cancel(Guid filingId, string stage, string[] kinds, int? number)
    {
        foreach (var timer in Timers.Values.Where(t => t.FilingId == filingId && t.Stage == stage && t.Status == "pending" && kinds.Contains(t.Kind) && (number is null || t.Number == number)))
        {
            timer.Status = "cancelled";
        }
    }

    private void Add(ModelTimer timer) => Timers.TryAdd(timer.Key, timer);

    private ModelTimer FromPlanned(PlannedTimer timer, string department) => new()
    {
        Key = timer.Key, FilingId = timer.FilingId, DepartmentId = department, Stage = timer.Stage.ToString(),
        Kind = TimerKeys.KindSegment(timer.Kind), Number = timer.Number, FireAt = timer.FireAt, DueAt = timer.DueAt,
    };

    private static PlannedTimer ToPlanned(ModelTimer timer)
    {
        var stage = Parse(timer.Stage);
        var kind = timer.Kind switch
        {
            "reminder-before" => TimerKind.ReminderBefore,
            "due" => TimerKind.Due,
            "overdue-repeat" => TimerKind.OverdueRepeat,
            _ => TimerKind.Escalation,
        };
        var subject = $"{timer.FilingId:D}:{Segment(stage)}";
        return new PlannedTimer(timer.Key, TimerKeys.Series(subject, kind, timer.Number), subject, timer.FilingId, stage, kind, timer.Number, timer.FireAt, timer.DueAt!.Value);
    }

    private static CycleStage Parse(string stage) => Enum.Parse<CycleStage>(stage);

    private static string Segment(CycleStage stage) => TimerKeys.StageSegment(stage, null);
}
