using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents;

/// <summary>
/// What an importer made of a document: the typed form (null when nothing usable was found) and notes on everything
/// it could not read or place. Importers never throw; a failure is a result with an error note in Chinese.
/// </summary>
public sealed record ImportResult<TForm>(TForm? Form, IReadOnlyList<Finding> Notes)
    where TForm : class
{
    /// <summary>A form was read and no note is an error.</summary>
    public bool Succeeded => Form is not null && !Notes.Any(n => n.Severity == FindingSeverity.Error);

    public static ImportResult<TForm> Failure(string code, string message) =>
        new(null, [new Finding(code, FindingSeverity.Error, "", message)]);

    public static ImportResult<TForm> Failure(Finding note) => new(null, [note]);
}
