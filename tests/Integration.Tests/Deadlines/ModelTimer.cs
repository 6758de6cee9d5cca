namespace PerfWorkflow.Integration.Tests.Deadlines;

/// <summary>One row of the expected timer table (the model's counterpart of workflow_timers).</summary>
public sealed class ModelTimer
{
    public required string Key { get; init; }
    public required Guid FilingId { get; init; }
    public required string DepartmentId { get; init; }
    public required string Stage { get; init; }
    public required string Kind { get; init; }
    public required int Number { get; init; }
    public required DateTimeOffset FireAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public string Status { get; set; } = "pending";
    public bool Late { get; set; }
    public List<string> Recipients { get; init; } = [];
}
