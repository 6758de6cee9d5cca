namespace PerfWorkflow.Domain.Filings;

/// <summary>One accepted action on a stage form, kept with the form so its trail reads without the event store.</summary>
public sealed record FormHistoryEntry(
    DateTimeOffset At,
    string Actor,
    FormAction Action,
    StageState FromState,
    StageState ToState,
    int? Step,
    string? Comment,
    int FormVersion);
