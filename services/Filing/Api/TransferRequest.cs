namespace PerfWorkflow.Filing.Api;

/// <summary>转办: hand the caller's place in the current step to a colleague.</summary>
public sealed record TransferRequest(string? UserId, string? ToUserId, string? Comment);
