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

    public static string Write(FilingSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Options);

    public static FilingSnapshot Read(string json) =>
        JsonSerializer.Deserialize<FilingSnapshot>(json, Options) ?? throw new InvalidOperationException("Empty filing snapshot.");
}
