namespace PerfWorkflow.Notification.Persistence;

/// <summary>
/// One entry in a person's inbox. A to-do (待办) is done (已办) once its step is decided; a plain notice is done
/// when created. (<see cref="SourceMessageId"/>, <see cref="UserId"/>) is unique: one event never makes two entries.
/// </summary>
public sealed class InboxItem
{
    public required Guid Id { get; init; }
    public required string UserId { get; init; }
    public required Guid SourceMessageId { get; init; }
    public required string Kind { get; init; }
    public required Guid FilingId { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }
    public required string Stage { get; init; }
    public int? Step { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public required bool IsTodo { get; init; }
    public required DateTime CreatedAt { get; init; }
    public DateTime? ReadAt { get; set; }
    public DateTime? DoneAt { get; set; }

    /// <summary>When a to-do must be done (整改期限, a stage deadline); past it and still open, the item is overdue.</summary>
    public DateTime? DueAt { get; init; }

    /// <summary>What a to-do is about within its filing beyond the step, e.g. <c>rectification-3</c>, so it can be closed.</summary>
    public string? Reference { get; init; }
}
