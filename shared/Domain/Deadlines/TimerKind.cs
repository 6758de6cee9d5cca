namespace PerfWorkflow.Domain.Deadlines;

public enum TimerKind
{
    /// <summary>"N days left" before the due date.</summary>
    ReminderBefore,

    /// <summary>On the due date itself.</summary>
    Due,

    /// <summary>Repeated while overdue.</summary>
    OverdueRepeat,

    /// <summary>Overdue long enough to tell the supervising department and the performance office.</summary>
    Escalation,
}
