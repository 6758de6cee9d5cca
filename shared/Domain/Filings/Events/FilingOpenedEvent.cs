namespace PerfWorkflow.Domain.Filings.Events;

/// <summary>A department's filing for a fiscal year was opened; its declaration is a draft.</summary>
public sealed record FilingOpenedEvent(Guid FilingId, string DepartmentId, int FiscalYear, DateTimeOffset OccurredAt) : IFilingEvent;
