namespace PerfWorkflow.Workflow.Persistence;

/// <summary>
/// A department's 申请延期 for its filing's current stage (<c>workflow_extension_applications</c>): the date it asks
/// for and why; the performance office grants it (the extension itself is then an <see cref="ExtensionAudit"/>) or
/// refuses it with a comment. At most one application per filing and stage is pending at a time.
/// </summary>
public sealed class ExtensionApplication
{
    public required Guid Id { get; init; }
    public required string Region { get; init; }
    public required Guid FilingId { get; init; }
    public required string DepartmentId { get; init; }
    public required int FiscalYear { get; init; }
    public required string Stage { get; init; }
    public required DateOnly CurrentDueDate { get; init; }
    public required DateOnly RequestedDueDate { get; init; }
    public required string Reason { get; init; }
    public required string RequestedBy { get; init; }
    public required DateTime RequestedAt { get; init; }

    /// <summary>See <see cref="ExtensionApplicationStatuses"/>.</summary>
    public required string Status { get; set; }

    public string? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }

    /// <summary>The date granted (the office may grant a different one than asked) or null when refused or pending.</summary>
    public DateOnly? GrantedDueDate { get; set; }

    public string? DecisionComment { get; set; }
}
