using System.Text.Json;
using Npgsql;
using PerfWorkflow.Domain.Audit;

namespace PerfWorkflow.Integration.Tests.Filing;

/// <summary>
/// Someone with write access to Filing's PostgreSQL database edits a filing's audit trail behind the service's back;
/// /audit/verify must name the first line that no longer fits. (The same on SQLite: tests/Filing.Tests/Api.)
/// The chain is keyed (HMAC under Audit:Key) and its head is kept on the filing's own row, so truncating the trail,
/// deleting all of it, or rewriting a line and rehashing every line after it without the key are caught too.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class AuditTamperTests(FilingServiceFixture service) : IClassFixture<FilingServiceFixture>
{
    private static int _nextYear = 2060;

    [Theory]
    [InlineData("UPDATE filing_audit SET comment = '已篡改' WHERE filing_id = @id AND sequence = 2", 2, "HashMismatch")]
    [InlineData("UPDATE filing_audit SET actor = 'finance-2' WHERE filing_id = @id AND sequence = 1", 1, "HashMismatch")]
    [InlineData("UPDATE filing_audit SET at = at - interval '1 day' WHERE filing_id = @id AND sequence = 2", 2, "HashMismatch")]
    [InlineData("DELETE FROM filing_audit WHERE filing_id = @id AND sequence = 2", 3, "SequenceGap")]
    public async Task A_line_edited_in_PostgreSQL_without_rehashing_is_reported_at_the_first_broken_sequence(string tamper, int firstBroken, string how)
    {
        var filingId = await FilingWithAuditAsync();

        Assert.Equal(1, await ExecuteAsync(tamper, filingId));

        var verified = await service.Calls.GetAsync("perf-office", $"api/filings/{filingId}/audit/verify");
        Assert.False(verified.GetProperty("isIntact").GetBoolean(), verified.ToString());
        Assert.Equal(firstBroken, verified.GetProperty("firstBrokenSequence").GetInt32());
        Assert.Equal(how, verified.GetProperty("break").GetString());
    }

    // The forger rehashes with plain SHA-256: without the service's HMAC key the edited line itself no longer verifies.
    [Fact]
    public async Task Rehashing_only_the_edited_line_without_the_key_in_PostgreSQL_is_reported_at_that_line()
    {
        var filingId = await FilingWithAuditAsync();
        var entries = await EntriesAsync(filingId);
        var forged = entries[1] with { Actor = "finance-2" };

        Assert.Equal(1, await ExecuteAsync($"UPDATE filing_audit SET actor = 'finance-2', hash = '{AuditChain.ComputeHash(forged)}' WHERE filing_id = @id AND sequence = 2", filingId));

        var verified = await service.Calls.GetAsync("perf-office", $"api/filings/{filingId}/audit/verify");
        Assert.False(verified.GetProperty("isIntact").GetBoolean(), verified.ToString());
        Assert.Equal(2, verified.GetProperty("firstBrokenSequence").GetInt32());
        Assert.Equal("HashMismatch", verified.GetProperty("break").GetString());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Deleting_the_last_lines_is_reported_as_a_truncated_trail(int lines)
    {
        var filingId = await FilingWithAuditAsync();
        var count = (await EntriesAsync(filingId)).Count;

        Assert.Equal(lines, await ExecuteAsync($"DELETE FROM filing_audit WHERE filing_id = @id AND sequence > {count - lines}", filingId));

        var verified = await VerifyAsync(filingId);
        Assert.False(verified.GetProperty("isIntact").GetBoolean(), verified.ToString());
        Assert.Equal(count - lines + 1, verified.GetProperty("firstBrokenSequence").GetInt32());
    }

    [Fact]
    public async Task Deleting_every_line_is_reported()
    {
        var filingId = await FilingWithAuditAsync();

        Assert.True(await ExecuteAsync("DELETE FROM filing_audit WHERE filing_id = @id", filingId) >= 3);

        var verified = await VerifyAsync(filingId);
        Assert.False(verified.GetProperty("isIntact").GetBoolean(), verified.ToString());
        Assert.Equal(1, verified.GetProperty("firstBrokenSequence").GetInt32());
    }

    [Fact]
    public async Task Rewriting_an_actor_and_rehashing_every_line_after_it_is_reported_at_the_rewritten_line()
    {
        var filingId = await FilingWithAuditAsync();
        var entries = await EntriesAsync(filingId);

        // The forger knows the algorithm (SHA-256 over the canonical form) but not the service's key.
        var previous = entries[0].Hash;
        for (var i = 1; i < entries.Count; i++)
        {
            var forged = entries[i] with { Actor = i == 1 ? "finance-2" : entries[i].Actor, PreviousHash = previous };
            forged = forged with { Hash = AuditChain.ComputeHash(forged) };
            Assert.Equal(1, await ExecuteAsync(
                $"UPDATE filing_audit SET actor = '{forged.Actor}', previous_hash = '{forged.PreviousHash}', hash = '{forged.Hash}' WHERE filing_id = @id AND sequence = {forged.Sequence}", filingId));
            previous = forged.Hash;
        }

        var verified = await VerifyAsync(filingId);
        Assert.False(verified.GetProperty("isIntact").GetBoolean(), verified.ToString());
        Assert.Equal(2, verified.GetProperty("firstBrokenSequence").GetInt32());
    }

    private Task<JsonElement> VerifyAsync(Guid filingId) => service.Calls.GetAsync("perf-office", $"api/filings/{filingId}/audit/verify");

    // A declaration of its own (a year nobody else uses), opened, submitted and approved by the head: at least three lines, intact.
    private async Task<Guid> FilingWithAuditAsync()
    {
        var department = await service.FirstDepartmentAsync();
        var filingId = await service.SubmittedDeclarationAsync(department, Interlocked.Increment(ref _nextYear));
        await service.Calls.MustAsync($"{department}-head", filingId, "approve", new { comment = "同意上报" });
        Assert.True((await EntriesAsync(filingId)).Count >= 3);
        await service.Calls.AssertAuditIntactAsync(filingId);
        return filingId;
    }

    private async Task<List<AuditEntry>> EntriesAsync(Guid filingId) =>
        [.. (await service.Calls.GetAsync("perf-office", $"api/filings/{filingId}/audit")).EnumerateArray()
            .Select(line => JsonSerializer.Deserialize<AuditEntry>(line.GetRawText(), new JsonSerializerOptions(JsonSerializerDefaults.Web))!)];

    private async Task<int> ExecuteAsync(string sql, Guid filingId)
    {
        await using var connection = new NpgsqlConnection(service.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", filingId);
        return await command.ExecuteNonQueryAsync();
    }
}
