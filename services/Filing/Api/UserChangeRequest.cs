namespace PerfWorkflow.Filing.Api;

/// <summary>A change to an account: what is given changes, what is omitted stays.</summary>
public sealed record UserChangeRequest(string? DisplayName, string? Role, string? DepartmentId, bool? Disabled);
