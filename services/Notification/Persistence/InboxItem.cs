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
}
