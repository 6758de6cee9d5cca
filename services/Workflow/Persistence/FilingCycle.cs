namespace PerfWorkflow.Workflow.Persistence;

/// <summary>Where a filing stands in the yearly cycle, as Workflow last heard it.</summary>
public sealed class FilingCycle
{
    public required Guid FilingId { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }
    public required string Stage { get; set; }
    public required string StageState { get; set; }
    public required DateTime UpdatedAt { get; set; }
}
