namespace PerfWorkflow.Filing.Api;

/// <summary>An action on a filing by a user (submit, withdraw).</summary>
public sealed record ActorRequest(string? UserId);
