namespace PerfWorkflow.Integration.Tests.Deadlines;

/// <summary>An extension request of the script: one department (or all, null), a stage, the new due date and why.</summary>
public sealed record ScriptedExtension(string Stage, string? DepartmentId, DateOnly NewDueDate, string Reason);
