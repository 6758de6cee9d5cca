using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Cli;

/// <summary>A form read from a file: which form it is, the typed form, and the importer's notes.</summary>
public sealed record LoadedForm(string FilePath, FormKind Kind, IFormDocument Form, IReadOnlyList<Finding> ImportNotes);
