namespace PerfWorkflow.Workflow.Api;

/// <summary>The performance office's answer to an application: for a grant an optional other date, for a refusal a required comment.</summary>
public sealed record ExtensionDecisionRequest(DateOnly? NewDueDate, string? Comment);
