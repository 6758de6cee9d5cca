using Microsoft.Data.Sqlite;
using PerfWorkflow.Domain.Audit;
using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Filing.Tests.Api;

/// <summary>
/// Someone with write access to the database edits the audit trail behind the service's back; /audit/verify names the
/// first line that no longer fits.
/// </summary>
public sealed class AuditTamperTests(FilingApi api) : IClassFixture<FilingApi>
{
    private readonly FilingDriver _driver = api.Driver;

    [Fact]
    public async Task An_untouched_trail_verifies()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationApproved);

        var verified = await VerifyAsync(filing);

        Assert.True(verified.GetProperty("isIntact").GetBoolean());
        Assert.Equal(5, verified.GetProperty("entries").GetInt32());
        Assert.Equal("审计记录完整，未发现篡改。", verified.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("UPDATE filing_audit SET comment = '同意（已改）' WHERE upper(filing_id) = upper($id) AND sequence = 3", 3, "HashMismatch")]
    [InlineData("UPDATE filing_audit SET actor = 'finance-2' WHERE upper(filing_id) = upper($id) AND sequence = 4", 4, "HashMismatch")]
    [InlineData("UPDATE filing_audit SET to_state = 'Declaration:Approved' WHERE upper(filing_id) = upper($id) AND sequence = 2", 2, "HashMismatch")]
    [InlineData("DELETE FROM filing_audit WHERE upper(filing_id) = upper($id) AND sequence = 4", 5, "SequenceGap")]
    public async Task A_tampered_row_is_reported_with_the_first_broken_sequence(string tamper, int firstBroken, string how)
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationApproved);
        Assert.True((await VerifyAsync(filing)).GetProperty("isIntact").GetBoolean());

        Assert.Equal(1, await ExecuteAsync(tamper, filing.Id));

        var verified = await VerifyAsync(filing);
        Assert.False(verified.GetProperty("isIntact").GetBoolean());
        Assert.Equal(firstBroken, verified.GetProperty("firstBrokenSequence").GetInt32());
        Assert.Equal(how, verified.GetProperty("break").GetString());
        Assert.Contains($"第 {firstBroken} 条", verified.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rehashing_the_edited_row_does_not_hide_it_the_next_row_still_points_at_the_old_hash()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationApproved);
        var line = (await _driver.AuditAsync(filing))[2];
        var entry = System.Text.Json.JsonSerializer.Deserialize<AuditEntry>(line.GetRawText(), new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
        var forged = entry with { Comment = "不同意" };
        var rehashed = AuditChain.ComputeHash(forged);

        Assert.Equal(1, await ExecuteAsync(
            $"UPDATE filing_audit SET comment = '不同意', hash = '{rehashed}' WHERE upper(filing_id) = upper($id) AND sequence = 3", filing.Id));

        var verified = await VerifyAsync(filing);
        Assert.False(verified.GetProperty("isIntact").GetBoolean());
        Assert.Equal(4, verified.GetProperty("firstBrokenSequence").GetInt32());
        Assert.Equal("PreviousHashMismatch", verified.GetProperty("break").GetString());
    }

    private async Task<System.Text.Json.JsonElement> VerifyAsync(FilingRef filing)
    {
        using var head = await api.AsAsync(filing.Head);
        return (await head.GetApiAsync(filing.Url("/audit/verify"))).Ok();
    }

    private async Task<int> ExecuteAsync(string sql, Guid filingId)
    {
        await using var connection = new SqliteConnection($"Data Source={api.DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", filingId.ToString());
        return await command.ExecuteNonQueryAsync();
    }
}
