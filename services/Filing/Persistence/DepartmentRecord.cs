namespace PerfWorkflow.Filing.Persistence;

/// <summary>
/// A department (预算单位) of a region; a secondary unit names its supervising department (主管部门). Its region and
/// supervising department never change once it is made: each Filing process keeps them (DepartmentPlacements).
/// </summary>
public sealed class DepartmentRecord
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required string Region { get; set; }
    public string? SupervisingDepartmentId { get; set; }
}
