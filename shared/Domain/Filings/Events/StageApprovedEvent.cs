namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>Every step signed: the stage's form is approved (申报 批复, 监控 签认, 自评 审定).</summary>
public sealed record StageApprovedEvent(Guid FilingId, CycleStage Stage, string DepartmentId, int FiscalYear, string FiledBy, DateTimeOffset OccurredAt) : IFilingEvent;
