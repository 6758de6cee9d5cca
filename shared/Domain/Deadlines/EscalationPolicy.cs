namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// Escalation of an overdue filing: on the <see cref="OverdueWorkingDays"/>-th working day after the due date
/// the <see cref="Recipients"/> are told. Default [default]: 5 working days, supervising department and performance office.
/// </summary>
public sealed record EscalationPolicy(int OverdueWorkingDays, IReadOnlyList<EscalationRecipient> Recipients)
{
    public static EscalationPolicy Default { get; } =
        new(5, [EscalationRecipient.SupervisingDepartment, EscalationRecipient.PerformanceOffice]);

    public bool IsEnabled => Recipients.Count > 0;
}
