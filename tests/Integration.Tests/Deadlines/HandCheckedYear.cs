using PerfWorkflow.Contracts;

namespace PerfWorkflow.Integration.Tests.Deadlines;

/// <summary>
/// What <see cref="YearScenario"/> must put in the inbox, worked out by hand from the rules (domain.md: reminders 7, 3
/// and 1 calendar days before, on the due date and every 3 days overdue at 09:00, kept to working days; escalation on
/// the 5th working day overdue; a review step late after 5 working days; after downtime only the latest missed
/// reminder) and the holiday notices in config/calendars, not from Workflow's planner. Each date below was checked
/// against a calendar; <see cref="ReferenceWorkingDays"/> re-checks the ones the calendar files decide.
/// </summary>
public static class HandCheckedYear
{
    // 申报 2027: due Tue 15 Dec 2026 (a working day).
    public static readonly string[] DeclarationBefore = ["2026-12-08", "2026-12-11", "2026-12-14", "2026-12-15"]; // 3 days before is Sat 12 Dec -> Fri 11 Dec

    // Overdue ticks 1-10: 18, 21, 24 Dec; Sun 27 -> Mon 28 Dec; 30 Dec; Sat 2 Jan (元旦) -> Mon 4 Jan; 5, 8, 11, 14 Jan.
    public static readonly string[] DeclarationOverdue = ["2026-12-18", "2026-12-21", "2026-12-24", "2026-12-28", "2026-12-30", "2027-01-04", "2027-01-05", "2027-01-08", "2027-01-11", "2027-01-14"];

    // 5th working day after 15 Dec: 16, 17, 18, 21, 22 Dec.
    public const string DeclarationEscalation = "2026-12-22";

    // Department 6 alone: due moved on 11 Dec to Thu 31 Dec; 7, 3, 1 days before are 24, 28 (Mon), 30 Dec.
    public static readonly string[] ExtendedDeclarationBefore = ["2026-12-24", "2026-12-28", "2026-12-30"];

    // 监控: due Sat 31 Jul 2027 -> Mon 2 Aug; extended for all on 20 Jul to Mon 16 Aug. 7 days before Mon 9 Aug; 3 days
    // before Fri 13 Aug and 1 day before Sun 15 Aug -> Fri 13 Aug collapse into one; due 16 Aug.
    public static readonly string[] MonitoringBefore = ["2027-08-09", "2027-08-13", "2027-08-16"];

    // Overdue ticks: 19 Aug, Sun 22 -> Mon 23, 25 Aug (all missed in the downtime 17-27 Aug: only the 25th goes out,
    // late, at 27 Aug 10:00), Sat 28 -> Mon 30 Aug 09:00 (before the 14:00 filing). Escalation on the 5th working day
    // after 16 Aug: 17, 18, 19, 20, 23 Aug, missed in the downtime too.
    public const string MonitoringLatestMissedTick = "2027-08-25";
    public const string MonitoringTickAfterDowntime = "2027-08-30";
    public const string MonitoringEscalation = "2027-08-23";

    // Department 7: review requested Wed 9 Dec 14:00; 5 working days later is Wed 16 Dec, late from 17 Dec 00:00.
    public const string ReviewLimitEnds = "2026-12-16";

    /// <summary>Per ten departments (one of each behaviour): the inbox notices of each kind, counted by hand.</summary>
    public static IReadOnlyDictionary<string, int> KindsPerTenDepartments { get; } = new Dictionary<string, int>
    {
        // 申报 0-2: 1 each, 3: 4, 4: 4, 5: 2, 6: 2 + 3, 7: 1, 8: 4, 9: 2; 监控 even 1 (x4), odd 3 (x5).
        ["deadline-approaching"] = 25 + 19,
        // 申报 3: 1, 4: 7 (to 5 Jan), 8: 10; 监控 odd: the late one and 30 Aug (x5).
        ["deadline-missed"] = 18 + 10,
        // Two recipients each: 申报 4 and 8, 监控 odd (x5).
        ["deadline-escalated"] = 4 + 10,
        ["review-overdue"] = 1,
        // 申报 6 alone; 监控 every department but 8.
        ["deadline-extended"] = 1 + 9,
    };

    public static List<ExpectedDelivery> For(int departments)
    {
        var expected = new List<ExpectedDelivery>();
        for (var i = 0; i < departments; i++)
        {
            var filing = YearScenario.FilingOf(i);
            var department = YearScenario.DepartmentOf(i);
            var role = RecipientAddress.DepartmentRole("filer", department);
            var filer = $"{department}-filer";
            void Add(string user, string kind, string stage, DateTimeOffset at) => expected.Add(new ExpectedDelivery(user, kind, filing, stage, at));
            void Escalated(string stage, DateTimeOffset at)
            {
                Add(RecipientAddress.SupervisorOf(department), "deadline-escalated", stage, at);
                Add(RecipientAddress.BureauRole("performance-office"), "deadline-escalated", stage, at);
            }

            const string declaration = "Declaration";
            Add(role, "deadline-approaching", declaration, Nine(DeclarationBefore[0]));
            switch (i % 10)
            {
                case 3:
                    DeclarationBefore.Skip(1).ToList().ForEach(d => Add(role, "deadline-approaching", declaration, Nine(d)));
                    Add(role, "deadline-missed", declaration, Nine(DeclarationOverdue[0]));
                    break;
                case 4:
                    DeclarationBefore.Skip(1).ToList().ForEach(d => Add(role, "deadline-approaching", declaration, Nine(d)));
                    DeclarationOverdue.Take(7).ToList().ForEach(d => Add(role, "deadline-missed", declaration, Nine(d)));
                    Escalated(declaration, Nine(DeclarationEscalation));
                    break;
                case 5:
                    // Returned to the filer on 14 Dec 14:00, handed in again on 16 Dec: only "due today" in between.
                    Add(filer, "deadline-approaching", declaration, Nine("2026-12-15"));
                    break;
                case 6:
                    // "3 days left" (11 Dec 09:00) goes out before the extension that afternoon.
                    Add(role, "deadline-approaching", declaration, Nine(DeclarationBefore[1]));
                    Add(role, "deadline-extended", declaration, YearScenario.Local("2026-12-11 14:00"));
                    ExtendedDeclarationBefore.ToList().ForEach(d => Add(role, "deadline-approaching", declaration, Nine(d)));
                    break;
                case 7:
                    Add($"{department}-head", "review-overdue", declaration, YearScenario.Local(ReviewLimitEnds + " 00:00").AddDays(1));
                    break;
                case 8:
                    DeclarationBefore.Skip(1).ToList().ForEach(d => Add(role, "deadline-approaching", declaration, Nine(d)));
                    DeclarationOverdue.ToList().ForEach(d => Add(role, "deadline-missed", declaration, Nine(d)));
                    Escalated(declaration, Nine(DeclarationEscalation));
                    continue;   // never approved: 监控 never opens
                case 9:
                    // Withdrawn on 11 Dec 14:00, handed in again on 14 Dec 14:00: only "1 day left" (14 Dec 09:00) in between.
                    Add(filer, "deadline-approaching", declaration, Nine("2026-12-14"));
                    break;
            }

            const string monitoring = "Monitoring";
            Add(filer, "deadline-extended", monitoring, YearScenario.Local("2027-07-20 14:00"));
            Add(filer, "deadline-approaching", monitoring, Nine(MonitoringBefore[0]));
            if (i % 2 == 1)
            {
                MonitoringBefore.Skip(1).ToList().ForEach(d => Add(filer, "deadline-approaching", monitoring, Nine(d)));
                Add(filer, "deadline-missed", monitoring, YearScenario.Jump.To);
                Escalated(monitoring, YearScenario.Jump.To);
                Add(filer, "deadline-missed", monitoring, Nine(MonitoringTickAfterDowntime));
            }
        }

        return expected;
    }

    private static DateTimeOffset Nine(string date) => YearScenario.Local(date + " 09:00");
}
