namespace PerfWorkflow.Domain.Organisation;

/// <summary>A department as the performance office asks for it; a secondary unit (二级单位) names its supervising department.</summary>
public sealed record NewDepartment(string? Id, string? Name, string? SupervisingDepartmentId);
