namespace PerfWorkflow.Domain.Filings;

/// <summary>A department's filing for a fiscal year was opened; its declaration is a draft.</summary>
public sealed record FilingOpened(Guid FilingId, string DepartmentId, int FiscalYear, DateTimeOffset OccurredAt) : IFilingEvent;
