using PerfWorkflow.Contracts;

namespace PerfWorkflow.Integration.Tests.Deadlines;

/// <summary>
/// Fiscal year 2027 for <c>n</c> departments, as Filing would report it, from the opening of 申报 (1 Oct 2026, due
/// 15 Dec 2026) through 监控 (opens 1 Jul 2027; due 31 Jul, a Saturday, so 2 Aug; extended for all to 16 Aug).
/// Department i behaves by i mod 10:
/// 0–2 on time; 3 late (after the first overdue reminder); 4 very late (after the escalation); 5 returned (退回修改)
/// and resubmitted; 6 extended alone to 31 Dec; 7 its reviewer overruns the review limit; 8 never files the
/// declaration (reminders go to the department's filers, never approved, so 监控 never opens); 9 withdraws and resubmits.
/// In 监控 even departments file on time; odd ones file after Workflow's "downtime" (the clock jumps from 17 to 27 Aug).
/// </summary>
public static class YearScenario
{
    public const int FiscalYear = 2027;

    public static DateTimeOffset Start { get; } = Local("2026-09-30 20:00");

    public static DateTimeOffset End { get; } = Local("2027-09-10 00:00");

    /// <summary>The first Workflow instance is killed at this instant, with 1,000 open-stage timers due (mid fiscal year).</summary>
    public static DateTimeOffset KillAt { get; } = Local("2027-07-01 00:00");

    /// <summary>Workflow's "downtime": no sweep sees the instants in between; the clock jumps.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Jump { get; } = (Local("2027-08-17 10:00"), Local("2027-08-27 10:00"));

    public static Guid FilingOf(int i) => Guid.Parse($"00000000-0000-4000-8000-{i:D12}");

    public static string DepartmentOf(int i) => $"d{i:D4}";

    public static List<ScriptedAction> Build(int departments)
    {
        var actions = new List<ScriptedAction>();
        for (var i = 0; i < departments; i++)
        {
            var filing = new Filing(FilingOf(i), DepartmentOf(i), actions);
            filing.Opened("2026-10-01 10:00");
            switch (i % 10)
            {
                case 0 or 1 or 2: filing.SubmitAndApprove("Declaration", "2026-12-09 14:00", "2026-12-10 14:00"); break;
                case 3: filing.SubmitAndApprove("Declaration", "2026-12-19 14:00", "2026-12-21 14:00"); break;
                case 4: filing.SubmitAndApprove("Declaration", "2027-01-06 14:00", "2027-01-07 14:00"); break;
                case 5:
                    filing.Submit("Declaration", "2026-12-09 14:00", resubmission: false);
                    filing.Returned("Declaration", "2026-12-14 14:00");
                    filing.SubmitAndApprove("Declaration", "2026-12-16 14:00", "2026-12-17 14:00", resubmission: true);
                    break;
                case 6:
                    actions.Add(new ScriptedAction(Local("2026-12-11 14:00"), null, new ScriptedExtension("Declaration", DepartmentOf(i), new DateOnly(2026, 12, 31), "部门机构改革，申报推迟")));
                    filing.SubmitAndApprove("Declaration", "2026-12-30 14:00", "2026-12-31 14:00");
                    break;
                case 7: filing.SubmitAndApprove("Declaration", "2026-12-09 14:00", "2026-12-21 14:00"); break;
                case 8: continue;
                default:
                    filing.Submit("Declaration", "2026-12-09 14:00", resubmission: false);
                    filing.Withdrawn("Declaration", "2026-12-11 14:00");
                    filing.SubmitAndApprove("Declaration", "2026-12-14 14:00", "2026-12-15 14:00");
                    break;
            }

            filing.StageOpened("Monitoring", "2027-07-01 14:00");
            if (i % 2 == 0)
            {
                filing.SubmitAndApprove("Monitoring", "2027-08-10 14:00", "2027-08-11 14:00");
            }
            else
            {
                filing.SubmitAndApprove("Monitoring", "2027-08-30 14:00", "2027-08-31 14:00");
            }
        }

        actions.Add(new ScriptedAction(Local("2027-07-20 14:00"), null, new ScriptedExtension("Monitoring", null, new DateOnly(2027, 8, 16), "省厅监控系统升级，全部部门延期")));
        return [.. actions.OrderBy(a => a.At)];
    }

    public static DateTimeOffset Local(string text) =>
        DateTimeOffset.Parse(text.Replace(' ', 'T') + "+08:00", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class Filing(Guid id, string department, List<ScriptedAction> actions)
    {
        private string Filer => $"{department}-filer";

        public void Opened(string at) => Add(at, new FilingOpened(Guid.NewGuid(), Local(at), id, department, FiscalYear, "Declaration"));

        public void StageOpened(string stage, string at) => Add(at, new StageOpened(Guid.NewGuid(), Local(at), id, department, FiscalYear, stage));

        public void Submit(string stage, string at, bool resubmission)
        {
            Add(at, new FilingSubmitted(Guid.NewGuid(), Local(at), id, department, FiscalYear, stage, Filer, 1, resubmission));
            Add(at, new ReviewRequested(Guid.NewGuid(), Local(at), id, department, FiscalYear, stage, 1, "department-head", "Single", [$"{department}-head"]));
        }

        public void SubmitAndApprove(string stage, string submitted, string approved, bool resubmission = false)
        {
            Submit(stage, submitted, resubmission);
            Add(approved, new ReviewApproved(Guid.NewGuid(), Local(approved), id, department, FiscalYear, stage, 1, $"{department}-head", null, true));
            Add(approved, new StageApproved(Guid.NewGuid(), Local(approved), id, department, FiscalYear, stage, Filer));
        }

        public void Returned(string stage, string at) =>
            Add(at, new FilingReturned(Guid.NewGuid(), Local(at), id, department, FiscalYear, stage, 1, null, $"{department}-head", "指标值缺少单位，请修改。", Filer));

        public void Withdrawn(string stage, string at) =>
            Add(at, new SubmissionWithdrawn(Guid.NewGuid(), Local(at), id, department, FiscalYear, stage, Filer));

        private void Add(string at, object message) => actions.Add(new ScriptedAction(Local(at), message, null));
    }
}
