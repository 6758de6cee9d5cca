using System.Text.Json;
using Microsoft.Data.Sqlite;
using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Filing.Tests.Api;

/// <summary>
/// Changes to the organisation (departments, accounts, approval chains) and every sign-in and sign-out are lines of
/// the organisation's keyed audit chain, which the performance office reads and verifies; editing or deleting lines
/// behind the service's back is reported.
/// </summary>
public sealed class OrganisationAuditTests(FilingApi api) : IClassFixture<FilingApi>
{
    private const string Password = "Audit@2026";

    [Fact]
    public async Task Department_account_and_chain_changes_each_leave_a_line_naming_who_did_what()
    {
        using var office = await api.AsAsync(DemoOrganisation.PerformanceOffice);
        var department = "a" + Guid.NewGuid().ToString("N")[..12];
        var user = "a" + Guid.NewGuid().ToString("N")[..12];
        var (_, year) = api.ReserveFiling();

        (await office.PostJsonAsync("/api/organisation/departments", new { id = department, name = "审计测试部门" })).Ok();
        (await office.PostJsonAsync("/api/organisation/users", new { id = user, displayName = "审计测试", role = "filer", departmentId = department, password = Password })).Ok();
        (await office.PutJsonAsync($"/api/organisation/users/{user}", new { role = "department-head" })).Ok();
        Assert.True((await office.PostJsonAsync($"/api/organisation/users/{user}/revoke-tokens", null)).IsSuccess);
        (await office.PutJsonAsync($"/api/chains/{year}/Declaration", new { steps = new[] { new { roleKey = "department-head", mode = "Any" }, new { roleKey = "performance-office", mode = "Any" } } })).Ok();

        var lines = await LinesAsync();
        AssertLine(lines, "department.created", DemoOrganisation.PerformanceOffice, department, "审计测试部门");
        AssertLine(lines, "user.created", DemoOrganisation.PerformanceOffice, user, "填报人");
        AssertLine(lines, "user.changed", DemoOrganisation.PerformanceOffice, user, "填报人 → 部门负责人");
        AssertLine(lines, "tokens.revoked", DemoOrganisation.PerformanceOffice, user, null);
        AssertLine(lines, "chain.revised", DemoOrganisation.PerformanceOffice, $"{year}/Declaration", "department-head");
        Assert.True((await VerifyAsync()).GetProperty("isIntact").GetBoolean());
    }

    [Fact]
    public async Task Sign_ins_that_succeed_fail_or_are_locked_out_and_sign_outs_each_leave_a_line()
    {
        var user = await NewAccountAsync();
        using var anonymous = api.Anonymous();
        var unknown = "nobody-" + Guid.NewGuid().ToString("N")[..8];

        var token = (await anonymous.PostJsonAsync("/api/auth/login", new { userId = user, password = Password })).Ok().GetProperty("accessToken").GetString();
        using var signedIn = api.Anonymous();
        signedIn.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.True((await signedIn.PostJsonAsync("/api/auth/logout", null)).IsSuccess);
        Assert.Equal(401, (await anonymous.PostJsonAsync("/api/auth/login", new { userId = unknown, password = Password })).Code);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(401, (await anonymous.PostJsonAsync("/api/auth/login", new { userId = user, password = "wrong-password" })).Code);
        }

        Assert.Equal(429, (await anonymous.PostJsonAsync("/api/auth/login", new { userId = user, password = Password })).Code);

        var lines = await LinesAsync();
        AssertLine(lines, "sign-in.succeeded", user, user, null);
        AssertLine(lines, "sign-out", user, user, null);
        AssertLine(lines, "sign-in.failed", user, user, "密码错误");
        AssertLine(lines, "sign-in.failed", unknown, unknown, "账号不存在");
        AssertLine(lines, "sign-in.locked", user, user, null);
        Assert.Equal(5, lines.Count(l => l.GetProperty("action").GetString() == "sign-in.failed" && l.GetProperty("actor").GetString() == user));
        Assert.True((await VerifyAsync()).GetProperty("isIntact").GetBoolean());
    }

    [Fact]
    public async Task Sign_ins_at_the_same_moment_each_leave_one_line_and_the_chain_stays_intact()
    {
        var user = await NewAccountAsync();
        using var anonymous = api.Anonymous();

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => anonymous.PostJsonAsync("/api/auth/login", new { userId = user, password = Password })));

        Assert.All(answers, a => Assert.Equal(200, a.Code));
        Assert.Equal(12, (await LinesAsync()).Count(l => l.GetProperty("action").GetString() == "sign-in.succeeded" && l.GetProperty("actor").GetString() == user));
        Assert.True((await VerifyAsync()).GetProperty("isIntact").GetBoolean());
    }

    [Fact]
    public async Task Creating_an_account_that_exists_is_a_conflict_and_adds_no_line()
    {
        var user = await NewAccountAsync();
        using var office = await api.AsAsync(DemoOrganisation.PerformanceOffice);
        var before = (await LinesAsync()).Count;

        var again = await office.PostJsonAsync("/api/organisation/users", new { id = user, displayName = "重复", role = "filer", departmentId = DemoOrganisation.Departments[0], password = Password });

        ProblemAssert.IsProblem(again, 409);
        Assert.Equal(before, (await LinesAsync()).Count);
    }

    [Theory]
    [InlineData("UPDATE filing_organisation_audit SET detail = '角色：填报人' WHERE action = 'user.changed'", "HashMismatch")]
    [InlineData("UPDATE filing_organisation_audit SET actor = 'finance-1' WHERE action = 'user.created'", "HashMismatch")]
    [InlineData("UPDATE filing_organisation_audit SET region = '其他区' WHERE action = 'user.created'", "HashMismatch")]
    [InlineData("DELETE FROM filing_organisation_audit WHERE sequence = (SELECT max(sequence) FROM filing_organisation_audit)", "Truncated")]
    [InlineData("DELETE FROM filing_organisation_audit WHERE action = 'user.created'", "SequenceGap")]
    public async Task Editing_or_deleting_lines_behind_the_services_back_is_reported(string tamper, string how)
    {
        var user = await NewAccountAsync();
        using var office = await api.AsAsync(DemoOrganisation.PerformanceOffice);
        (await office.PutJsonAsync($"/api/organisation/users/{user}", new { role = "department-head" })).Ok();
        Assert.True((await VerifyAsync()).GetProperty("isIntact").GetBoolean());

        // The trail is the fixture's one chain: it is put back afterwards, so each case starts from an intact chain.
        await ExecuteAsync("DROP TABLE IF EXISTS kept_audit; CREATE TABLE kept_audit AS SELECT * FROM filing_organisation_audit");
        try
        {
            Assert.True(await ExecuteAsync(tamper) >= 1);

            var verified = await VerifyAsync();
            Assert.False(verified.GetProperty("isIntact").GetBoolean());
            Assert.Equal(how, verified.GetProperty("break").GetString());
            Assert.Contains("可能已被篡改", verified.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            await ExecuteAsync("DELETE FROM filing_organisation_audit; INSERT INTO filing_organisation_audit SELECT * FROM kept_audit; DROP TABLE kept_audit");
        }

        Assert.True((await VerifyAsync()).GetProperty("isIntact").GetBoolean());
    }

    private static void AssertLine(IReadOnlyList<JsonElement> lines, string action, string actor, string subject, string? detailContains) =>
        Assert.Contains(lines, l => l.GetProperty("action").GetString() == action
            && l.GetProperty("actor").GetString() == actor
            && l.GetProperty("subject").GetString() == subject
            && (detailContains is null || (l.GetProperty("detail").GetString() ?? string.Empty).Contains(detailContains, StringComparison.Ordinal)));

    private async Task<string> NewAccountAsync()
    {
        var id = "a" + Guid.NewGuid().ToString("N")[..12];
        using var office = await api.AsAsync(DemoOrganisation.PerformanceOffice);
        (await office.PostJsonAsync("/api/organisation/users", new { id, displayName = "审计测试", role = "filer", departmentId = DemoOrganisation.Departments[0], password = Password })).Ok();
        return id;
    }

    private async Task<IReadOnlyList<JsonElement>> LinesAsync()
    {
        using var office = await api.AsAsync(DemoOrganisation.PerformanceOffice);
        return (await office.GetApiAsync("/api/organisation/audit")).Ok().EnumerateArray().ToList();
    }

    private async Task<JsonElement> VerifyAsync()
    {
        using var office = await api.AsAsync(DemoOrganisation.PerformanceOffice);
        return (await office.GetApiAsync("/api/organisation/audit/verify")).Ok();
    }

    private async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={api.DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }
}
