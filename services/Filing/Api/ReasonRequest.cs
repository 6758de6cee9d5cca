namespace PerfWorkflow.Filing.Api;

/// <summary>An action that must say why (绩效目标调整).</summary>
public sealed record ReasonRequest(string? Reason);
