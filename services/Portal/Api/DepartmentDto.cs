namespace PerfWorkflow.Portal.Api;

public sealed record DepartmentDto(string Id, string Name, string Region, string? SupervisingDepartmentId);
