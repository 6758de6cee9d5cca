using System.Text.Json;
using System.Text.Json.Serialization;
using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Filing.Persistence;

/// <summary>How a filing's snapshot is written to and read from its row.</summary>
public static class FilingSnapshotJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(FilingSnapshot snapshot) => JsonSerializer.Serialize(Compact(snapshot), Options);

    public static FilingSnapshot Read(string json) =>
        JsonSerializer.Deserialize<FilingSnapshot>(json, Options) ?? throw new InvalidOperationException("Empty filing snapshot.");

    /// <summary>
    /// The snapshot without the forms' history lines: the history of a filing is its audit trail (one appended row
    /// per action, with actor, action, states, comment and form version), so the row written per command keeps the
    /// same size however long the filing's history grows. The domain only ever appends to a form's history; no rule
    /// reads it.
    /// </summary>
    public static FilingSnapshot Compact(FilingSnapshot snapshot) =>
        snapshot.Forms.All(f => f.History.Count == 0) && snapshot.EarlierDeclarations.All(f => f.History.Count == 0)
            ? snapshot
            : snapshot with
            {
                Forms = snapshot.Forms.Select(f => f with { History = [] }).ToList(),
                EarlierDeclarations = snapshot.EarlierDeclarations.Select(f => f with { History = [] }).ToList(),
            };
}
