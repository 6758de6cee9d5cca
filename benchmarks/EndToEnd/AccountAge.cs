using Microsoft.Data.Sqlite;
using Npgsql;

namespace PerfWorkflow.EndToEnd.Benchmarks;

/// <summary>
/// Makes the run's accounts a month old in the Filing database. The office makes them just before the run, and under
/// the separation-of-duties rule (docs/decisions/0007-separation-of-duties.md) accounts one person made within 30
/// days may not carry one form through its chain together: every head's approval would be refused. The benchmark
/// measures throughput, not that rule.
/// </summary>
public static class AccountAge
{
    public static async Task MakeMonthOldAsync(BenchmarkOptions options, string accountPrefix)
    {
        if (options.Postgres is { } postgres)
        {
            await using var connection = new NpgsqlConnection(postgres);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("UPDATE filing_users SET created_at = created_at - interval '31 days' WHERE id LIKE @prefix", connection);
            command.Parameters.AddWithValue("prefix", accountPrefix + "%");
            await command.ExecuteNonQueryAsync();
        }
        else if (options.Sqlite is { } sqlite)
        {
            await using var connection = new SqliteConnection($"Data Source={sqlite}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE filing_users SET created_at = strftime('%Y-%m-%d %H:%M:%f', created_at, '-31 days') WHERE id LIKE $prefix";
            command.Parameters.AddWithValue("$prefix", accountPrefix + "%");
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            throw new InvalidOperationException("The benchmark needs --postgres or --sqlite (the Filing database) to age its accounts.");
        }
    }
}
