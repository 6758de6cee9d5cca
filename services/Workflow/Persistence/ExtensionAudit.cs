namespace PerfWorkflow.Workflow.Persistence;

/// <summary>
/// The audit record of one deadline extension (<c>workflow_extensions</c>): who granted it, when, why, for which
/// department (null: all) and the due dates before and after. An extension for all departments also makes a new
/// cycle calendar version (<see cref="CalendarVersion"/>).
/// </summary>
public sealed class ExtensionAudit
{
    public required Guid Id { get; init; }
    public required string Region { get; init; }
    public required int FiscalYear { get; init; }
    public required string Stage { get; init; }
    public string? DepartmentId { get; init; }
    public required DateOnly OldDueDate { get; init; }
    public required DateOnly NewDueDate { get; init; }
    public required string Reason { get; init; }
    public required string GrantedBy { get; init; }
    public required DateTime GrantedAt { get; init; }
    public int? CalendarVersion { get; init; }
    public required int FilingsAffected { get; init; }
}
