namespace PerfWorkflow.Filing.Persistence;

/// <summary>
/// One saved revision of one of a stage's documents (a declaration stage holds the 部门整体申报表 and the 项目支出
/// 绩效目标表): every save adds a revision per kind; those that were submitted record the form version they went
/// out with, so any two submitted versions can be compared later.
/// </summary>
public sealed class FormRecord
{
    public required Guid FilingId { get; init; }
    public required string Stage { get; init; }
    public required int Revision { get; init; }

    /// <summary>Which form the document is (<see cref="Domain.Forms.FormKind"/> name).</summary>
    public required string FormKind { get; init; }

    /// <summary>The typed form as JSON.</summary>
    public required string Document { get; init; }

    /// <summary>Validation findings of the document when it was saved, as JSON.</summary>
    public required string Findings { get; init; }

    public required DateTime SavedAt { get; init; }
    public required string SavedBy { get; init; }
    public int? SubmittedVersion { get; set; }
}
