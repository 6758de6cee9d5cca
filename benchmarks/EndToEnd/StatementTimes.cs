using System.Globalization;
using Npgsql;

namespace PerfWorkflow.EndToEnd.Benchmarks;

/// <summary>
/// Which statements PostgreSQL spent a phase on, from <c>pg_stat_statements</c> (loaded by run-e2e.sh): reset before
/// the phase, read after it. Silent when the extension is not loaded (a database someone else started).
/// </summary>
public static class StatementTimes
{
    public static async Task<bool> ResetAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT pg_stat_statements_reset();", connection);
            await create.ExecuteNonQueryAsync();
            return true;
        }
        catch (PostgresException)
        {
            return false;
        }
    }

    /// <summary>The statements that took the most execution time, as a Markdown table with calls per transition.</summary>
    public static async Task PrintAsync(TextWriter o, string connectionString, int transitions, int top = 20)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT calls, total_exec_time, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 140),
                   SUM(calls) OVER (), SUM(total_exec_time) OVER ()
              FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%'
             ORDER BY total_exec_time DESC LIMIT @top
            """, connection);
        command.Parameters.AddWithValue("top", top);
        await using var reader = await command.ExecuteReaderAsync();
        var first = true;
        while (await reader.ReadAsync())
        {
            if (first)
            {
                o.WriteLine($"PostgreSQL during the closed loop (pg_stat_statements): {reader.GetDecimal(4) / transitions:F1} statements and "
                    + $"{reader.GetDouble(5) / transitions:F2} ms of execution per transition; the {top} costliest:");
                o.WriteLine();
                o.WriteLine("| statement | calls per transition | exec ms per transition | rows per call |");
                o.WriteLine("|---|---|---|---|");
                first = false;
            }

            var calls = reader.GetInt64(0);
            var text = reader.GetString(3).Replace("|", "\\|", StringComparison.Ordinal);
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{text}` | {(double)calls / transitions:F2} | {reader.GetDouble(1) / transitions:F3} | {(calls == 0 ? 0 : (double)reader.GetInt64(2) / calls):F1} |"));
        }

        o.WriteLine();
    }
}
