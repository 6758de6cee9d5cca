namespace PerfWorkflow.Filing.Api;

/// <summary>One step of a chain definition: the role that signs, and how several holders decide.</summary>
public sealed record ChainStepRequest(string? RoleKey, string? Mode, bool SkipWhenVacant = false);
