namespace PerfWorkflow.Filing.Api;

/// <summary>建档: open a department's filing for a fiscal year.</summary>
public sealed record OpenFilingRequest(string? DepartmentId, int? FiscalYear);
