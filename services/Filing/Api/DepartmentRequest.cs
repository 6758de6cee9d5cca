namespace PerfWorkflow.Filing.Api;

/// <summary>A department (预算单位) of the caller's region; a secondary unit names its supervising department.</summary>
public sealed record DepartmentRequest(string? Id, string? Name, string? SupervisingDepartmentId);
