namespace PerfWorkflow.Notification.Messaging;

/// <summary>What one event says to the people it concerns: the same entry lands in each of their inboxes.</summary>
public sealed record InboxEntry(
    Guid MessageId,
    DateTimeOffset At,
    string Kind,
    Guid FilingId,
    string DepartmentId,
    int FiscalYear,
    string Stage,
    int? Step,
    bool IsTodo,
    string Title,
    string Body,
    DateTime? DueAt = null,
    string? Reference = null);
