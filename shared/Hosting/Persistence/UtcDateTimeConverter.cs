using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PerfWorkflow.Hosting.Persistence;

/// <summary>Stores and reads every DateTime as UTC (see <see cref="ServiceDbContext.ConfigureConventions"/>).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
