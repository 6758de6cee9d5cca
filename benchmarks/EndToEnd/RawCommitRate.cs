using System.Diagnostics;
using Npgsql;

namespace PerfWorkflow.EndToEnd.Benchmarks;

/// <summary>
/// The ceiling to compare with: how many single-INSERT transactions per second the same PostgreSQL commits with the
/// same number of clients, each on its own connection, for a fixed time.
/// </summary>
public static class RawCommitRate
{
    public static async Task<double> MeasureAsync(string connectionString, int clients, TimeSpan duration)
    {
        await using (var setup = new NpgsqlConnection(connectionString))
        {
            await setup.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE TABLE IF NOT EXISTS bench_raw_commits (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL)", setup);
            await create.ExecuteNonQueryAsync();
        }

        var clock = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("INSERT INTO bench_raw_commits (payload) VALUES ('一次提交')", connection);
            var n = 0;
            while (clock.Elapsed < duration)
            {
                await insert.ExecuteNonQueryAsync();
                n++;
            }

            return n;
        }));
        return counts.Sum() / clock.Elapsed.TotalSeconds;
    }
}
