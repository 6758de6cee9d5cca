using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents;

/// <summary>What <see cref="FormDocumentImporter"/> found in a file: the form kind, the form (null when none was read) and the notes.</summary>
public sealed record FormImportOutcome(FormKind Kind, IFormDocument? Form, IReadOnlyList<Finding> Notes)
{
    public bool Succeeded => Form is not null && !Notes.Any(n => n.Severity == FindingSeverity.Error);
}
