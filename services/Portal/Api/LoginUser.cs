namespace PerfWorkflow.Portal.Api;

public sealed record LoginUser(string Id, string DisplayName, string Role, string RoleName, string? DepartmentId, string Region);
