namespace PerfWorkflow.Portal.Api;

/// <summary>A person of the region as Filing's organisation lists them (GET /api/organisation/people).</summary>
public sealed record PersonDto(string Id, string DisplayName, string Role, string RoleName, string? DepartmentId);
