namespace PerfWorkflow.Filing.Api;

/// <summary>Sign-in of a local account (Auth:Mode Local).</summary>
public sealed record LoginRequest(string? UserId, string? Password);
