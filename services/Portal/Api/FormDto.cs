using System.Text.Json;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Portal.Api;

/// <summary>A saved revision of one of a stage's documents, its JSON kept as sent, with its validation findings.</summary>
public sealed record FormDto(
    Guid FilingId,
    string Stage,
    string Kind,
    int Revision,
    int? SubmittedVersion,
    JsonElement Document,
    IReadOnlyList<Finding> Findings,
    bool HasErrors,
    DateTimeOffset SavedAt,
    string SavedBy);
