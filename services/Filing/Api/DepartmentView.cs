namespace PerfWorkflow.Filing.Api;

/// <summary>A department as its creation answers it.</summary>
public sealed record DepartmentView(string Id, string Name, string Region, string? SupervisingDepartmentId);
