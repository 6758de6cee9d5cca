namespace PerfWorkflow.Workflow.Api;

/// <summary>申请延期 by a department: the filing (its current stage is the one extended), the date asked for and why.</summary>
public sealed record ExtensionApplicationRequest(Guid? FilingId, DateOnly? NewDueDate, string? Reason);
