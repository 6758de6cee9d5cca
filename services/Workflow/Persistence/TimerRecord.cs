namespace PerfWorkflow.Workflow.Persistence;

/// <summary>
/// One durable timer (<c>workflow_timers</c>). <see cref="Key"/> is unique and deterministic (see
/// <c>PerfWorkflow.Domain.Deadlines.TimerKeys</c>), so planning the same deadline twice never arms it twice; the
/// sweep moves a row from <c>pending</c> to <c>fired</c> exactly once, in the transaction that writes its event.
/// </summary>
public sealed class TimerRecord
{
    public required string Key { get; init; }
    public required Guid FilingId { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }
    public required string Stage { get; init; }

    /// <summary>See <see cref="TimerKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Days before (reminder-before), tick (overdue-repeat), review step (review-overdue); 0 or 1 otherwise.</summary>
    public required int Number { get; init; }

    public required DateTime FireAt { get; set; }

    /// <summary>The deadline (or review limit) the timer is about; null for open-stage.</summary>
    public DateTime? DueAt { get; set; }

    /// <summary>See <see cref="TimerStatuses"/>.</summary>
    public required string Status { get; set; }

    public DateTime? FiredAt { get; set; }

    /// <summary>Fired noticeably after <see cref="FireAt"/> (the scheduler was down or behind).</summary>
    public bool Late { get; set; }

    /// <summary>Why a cancelled timer was cancelled: submitted, approved, returned, superseded, extension.</summary>
    public string? CancelReason { get; set; }

    /// <summary>Addresses for review-overdue timers (the step's assignees), stored as a JSON array; null for filer timers.</summary>
    public IReadOnlyList<string>? Recipients { get; set; }

    /// <summary>For review-overdue: when the step was requested.</summary>
    public DateTime? RequestedAt { get; init; }

    public required DateTime CreatedAt { get; init; }
}
