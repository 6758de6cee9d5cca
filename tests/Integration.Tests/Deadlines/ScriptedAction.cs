namespace PerfWorkflow.Integration.Tests.Deadlines;

/// <summary>
/// Something that happens at a virtual instant: a contract Filing would publish (<see cref="Message"/>), or the
/// performance office extending a deadline through Workflow's API (<see cref="Extension"/>).
/// </summary>
public sealed record ScriptedAction(DateTimeOffset At, object? Message, ScriptedExtension? Extension);
