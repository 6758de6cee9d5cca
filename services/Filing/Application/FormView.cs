using System.Text.Json.Serialization;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Filing.Application;

/// <summary>A saved revision of one of a stage's documents, with what validation found in it.</summary>
public sealed record FormView(
    Guid FilingId,
    CycleStage Stage,
    FormKind Kind,
    int Revision,
    int? SubmittedVersion,
    [property: JsonConverter(typeof(FormDocumentJsonConverter))] IFormDocument Document,
    IReadOnlyList<Finding> Findings,
    bool HasErrors,
    DateTimeOffset SavedAt,
    string SavedBy);
