namespace PerfWorkflow.Workflow.Api;

/// <summary>延期申请: a stage (Declaration | Monitoring | SelfEvaluation), one department or all (null), the new due date and why.</summary>
public sealed record ExtensionRequest(string? Stage, string? DepartmentId, DateOnly? NewDueDate, string? Reason);
