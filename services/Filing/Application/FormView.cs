using PerfWorkflow.Documents;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Filing.Application;

/// <summary>A saved revision of one of a stage's documents, with what validation found in it.</summary>
public sealed record FormView(
    Guid FilingId,
    CycleStage Stage,
    FormKind Kind,
    int Revision,
    int? SubmittedVersion,
    object Document,
    IReadOnlyList<Finding> Findings,
    bool HasErrors,
    DateTimeOffset SavedAt,
    string SavedBy);
