namespace PerfWorkflow.Portal.Api;

/// <summary>A department's 申请延期 as Workflow keeps it; Status is pending, granted or refused.</summary>
public sealed record ExtensionApplicationDto(
    Guid Id,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    DateOnly CurrentDueDate,
    DateOnly RequestedDueDate,
    string Reason,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string Status,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    DateOnly? GrantedDueDate,
    string? DecisionComment)
{
    public bool IsPending => Status == "pending";

    public string StatusName => Status switch
    {
        "pending" => "待答复",
        "granted" => "已批准",
        "refused" => "不予延期",
        _ => Status,
    };
}
