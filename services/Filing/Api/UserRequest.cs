namespace PerfWorkflow.Filing.Api;

/// <summary>A person of the caller's region with a role, a department for department roles, and an initial password.</summary>
public sealed record UserRequest(string? Id, string? DisplayName, string? Role, string? DepartmentId, string? Password);
