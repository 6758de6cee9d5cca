using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PerfWorkflow.Workflow.Persistence;

/// <summary>A list of recipient addresses as a JSON array of strings (<c>jsonb</c> on PostgreSQL, TEXT on SQLite).</summary>
public sealed class AddressListConverter() : ValueConverter<IReadOnlyList<string>, string>(
    addresses => JsonSerializer.Serialize(addresses, (JsonSerializerOptions?)null),
    json => JsonSerializer.Deserialize<List<string>>(json, (JsonSerializerOptions?)null) ?? new List<string>())
{
    /// <summary>Compares by content, so replacing a list with an equal one is no change and editing one in place is.</summary>
    public static ValueComparer<IReadOnlyList<string>> Comparer { get; } = new(
        (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
        list => list.Aggregate(0, (hash, address) => HashCode.Combine(hash, address.GetHashCode(StringComparison.Ordinal))),
        list => list.ToList());
}
