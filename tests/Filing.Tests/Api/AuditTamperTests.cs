using Microsoft.Data.Sqlite;
using PerfWorkflow.Domain.Audit;
using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Filing.Tests.Api;

/// <summary>
/// Someone with write access to the database edits the audit trail behind the service's back; /audit/verify names the
/// first line that no longer fits. The trail of a filing at DeclarationApproved: open, import-form, submit, then the
/// three approvals.
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
        Assert.Equal(6, verified.GetProperty("entries").GetInt32());
        Assert.Equal("审计记录完整，未发现篡改。", verified.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("UPDATE filing_audit SET comment = '同意（已改）' WHERE upper(filing_id) = upper($id) AND sequence = 4", 4, "HashMismatch")]
    [InlineData("UPDATE filing_audit SET actor = 'finance-2' WHERE upper(filing_id) = upper($id) AND sequence = 5", 5, "HashMismatch")]
    [InlineData("UPDATE filing_audit SET to_state = 'Declaration:Approved' WHERE upper(filing_id) = upper($id) AND sequence = 3", 3, "HashMismatch")]
    [InlineData("UPDATE filing_audit SET comment = 'DepartmentDeclaration#9' WHERE upper(filing_id) = upper($id) AND sequence = 2", 2, "HashMismatch")]
    [InlineData("DELETE FROM filing_audit WHERE upper(filing_id) = upper($id) AND sequence = 5", 6, "SequenceGap")]
    [InlineData("DELETE FROM filing_audit WHERE upper(filing_id) = upper($id) AND sequence >= 5", 5, "Truncated")]
    [InlineData("DELETE FROM filing_audit WHERE upper(filing_id) = upper($id)", 1, "Truncated")]
    public async Task A_tampered_row_is_reported_with_the_first_broken_sequence(string tamper, int firstBroken, string how)
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationApproved);
        Assert.True((await VerifyAsync(filing)).GetProperty("isIntact").GetBoolean());

        Assert.True(await ExecuteAsync(tamper, filing.Id) >= 1);

        var verified = await VerifyAsync(filing);
        Assert.False(verified.GetProperty("isIntact").GetBoolean());
        Assert.Equal(firstBroken, verified.GetProperty("firstBrokenSequence").GetInt32());
        Assert.Equal(how, verified.GetProperty("break").GetString());
        Assert.Contains($"第 {firstBroken} 条", verified.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rewriting_an_actor_and_recomputing_every_later_hash_and_the_head_without_the_key_is_reported()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationApproved);
        var json = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);
        var trail = (await _driver.AuditAsync(filing)).EnumerateArray().Select(l => System.Text.Json.JsonSerializer.Deserialize<AuditEntry>(l.GetRawText(), json)!).ToList();

        // The forger relinks the chain from the edited line on with plain SHA-256, as the unkeyed chain allowed, and
        // moves the head on the filing's row to match: every link and the head agree, only the key is missing.
        var previous = trail[3];
        foreach (var line in trail.Skip(4))
        {
            var relinked = line with { Actor = line.Sequence == 5 ? "finance-2" : line.Actor, PreviousHash = previous.Hash };
            previous = relinked with { Hash = AuditChain.ComputeHash(relinked) };
            Assert.Equal(1, await ExecuteAsync(
                $"UPDATE filing_audit SET actor = '{previous.Actor}', previous_hash = '{previous.PreviousHash}', hash = '{previous.Hash}' WHERE upper(filing_id) = upper($id) AND sequence = {previous.Sequence}",
                filing.Id));
        }

        Assert.Equal(1, await ExecuteAsync($"UPDATE filing_filings SET audit_hash = '{previous.Hash}' WHERE upper(id) = upper($id)", filing.Id));

        var verified = await VerifyAsync(filing);
        Assert.False(verified.GetProperty("isIntact").GetBoolean());
        Assert.Equal(5, verified.GetProperty("firstBrokenSequence").GetInt32());
        Assert.Equal("HashMismatch", verified.GetProperty("break").GetString());
    }

    [Fact]
    public async Task Each_form_import_is_a_line_of_the_trail()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationFilled);
        await _driver.ImportAsync(filing.Filer, filing, SeedFiles.For(Seeds.Declaration000, filing), Seeds.Declaration000);

        var trail = (await _driver.AuditAsync(filing)).EnumerateArray().ToList();

        Assert.Equal(["open", "import-form", "import-form"], trail.Select(l => l.GetProperty("action").GetString()));
        Assert.Equal(["DepartmentDeclaration#1", "DepartmentDeclaration#2"], trail.Skip(1).Select(l => l.GetProperty("comment").GetString()));
        Assert.True((await VerifyAsync(filing)).GetProperty("isIntact").GetBoolean());
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
