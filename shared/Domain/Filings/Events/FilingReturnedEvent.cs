namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>退回修改: a reviewer sent the form back, to the filer (ToStep null) or to an earlier step.</summary>
public sealed record FilingReturnedEvent(Guid FilingId, CycleStage Stage, int FromStep, int? ToStep, string ReturnedBy, string Comment, string FiledBy, DateTimeOffset OccurredAt) : IFilingEvent;
