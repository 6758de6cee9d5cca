namespace PerfWorkflow.Filing.Organisation;

/// <summary>Where a department sits: its region and, for a secondary unit, its supervising department (主管部门).</summary>
public sealed record DepartmentPlacement(string Region, string? SupervisingDepartmentId);
