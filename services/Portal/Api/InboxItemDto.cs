namespace PerfWorkflow.Portal.Api;

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
    DateTimeOffset? DoneAt);
