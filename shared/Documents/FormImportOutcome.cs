using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents;

/// <summary>What <see cref="FormDocumentImporter"/> found in a file: the form kind, the form (typed as object) and the notes.</summary>
public sealed record FormImportOutcome(FormKind Kind, object? Form, IReadOnlyList<Finding> Notes)
{
    public bool Succeeded => Form is not null && !Notes.Any(n => n.Severity == FindingSeverity.Error);
}
