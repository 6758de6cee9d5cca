namespace PerfWorkflow.Portal.Api;

/// <summary>One entry of the signed-in person's inbox (GET /api/inbox).</summary>

public sealed record InboxItemDto(
    Guid Id,
    string Kind,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    int? Step,
    string Title,
    string Body,
    bool IsTodo,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt,
    DateTimeOffset? DoneAt,
    DateTimeOffset? DueAt = null)
{
    /// <summary>The local date a reminder or to-do is due (DueAt is the first instant after it, in UTC+8).</summary>
    public DateOnly? DueDate => DueAt is { } due ? DateOnly.FromDateTime(due.ToOffset(TimeSpan.FromHours(8)).AddTicks(-1).DateTime) : null;

    public bool IsUnread => ReadAt is null;
}
