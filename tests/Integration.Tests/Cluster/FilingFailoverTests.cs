using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PerfWorkflow.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PerfWorkflow.Integration.Tests.Cluster;

/// <summary>
/// Two Filing silos (separate processes, each with its HTTP API) on one PostgreSQL and RabbitMQ carry 1,000 filings
/// through submission and the first approval while one silo is killed with SIGKILL, and later finance approvals while
/// the other is stopped gracefully. Every action a caller saw succeed is committed exactly once: state, audit line
/// and outbox events, compared filing by filing with one that ran before any failure.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class FilingFailoverTests(ITestOutputHelper output)
{
    private const int Filings = 1000;
    private const int Departments = 50;
    // The demo accounts' password; the departments' people created here get it too.
    private const string Password = "Demo@2026";

    [Fact]
    public async Task Every_acknowledged_action_is_committed_once_when_a_silo_is_killed_and_when_one_stops_gracefully()
    {
        var clock = Stopwatch.StartNew();
        await using var backends = await IsolatedBackends.CreateAsync();
        var signingKey = "failover-tests-signing-key-" + Guid.NewGuid().ToString("N");
        await using var first = await StartFilingAsync(backends, signingKey, seedDemo: true);
        await using var second = await StartFilingAsync(backends, signingKey, seedDemo: false);
        using var calls = new RetryingCaller([first, second], Password);
        var filings = await OpenFilingsAsync(calls, first, backends);
        output.WriteLine($"{Filings} filings opened after {clock.Elapsed.TotalSeconds:F0} s");

        // Phase 1: each filing submitted and approved by its department head; the second silo is killed half-way.
        var chains = filings.Select(f => new[]
        {
            (Filing: f, User: $"{f.Department}-filer", Action: "submit"),
            (Filing: f, User: $"{f.Department}-department-head", Action: "approve"),
        }).ToList();
        var done = 0;
        var killed = Task.Run(async () =>
        {
            await Eventually.WaitForAsync(() => Task.FromResult(Volatile.Read(ref done) >= Filings ? "half" : null), "half the actions");
            await second.KillAsync();
            calls.Forget(second);
            output.WriteLine($"second silo killed after {Volatile.Read(ref done)} actions, {clock.Elapsed.TotalSeconds:F0} s");
        });
        await RunAsync(chains, calls, () => Interlocked.Increment(ref done));
        await killed;
        output.WriteLine($"phase 1: {2 * Filings} actions, {calls.Retryable} retryable answers, {calls.Refused} refused connections, {clock.Elapsed.TotalSeconds:F0} s");

        Assert.Empty(calls.Unexpected);
        var members = await MemberStatusesAsync(backends);
        Assert.Equal([MemberRow.Active, MemberRow.Dead], members.Order());

        // Phase 2: a third silo joins; finance approves a tenth of the filings while the first stops gracefully.
        await using var third = await StartFilingAsync(backends, signingKey, seedDemo: false);
        using var after = new RetryingCaller([first, third], Password);
        var financed = filings.Take(Filings / 10).Select(f => new[] { (Filing: f, User: "finance-1", Action: "approve") }).ToList();
        var stopped = Task.Run(async () =>
        {
            await Eventually.WaitForAsync(() => Task.FromResult(Volatile.Read(ref done) >= 2 * Filings + financed.Count / 2 ? "half" : null), "half the finance approvals");
            await first.StopAsync(TimeSpan.FromSeconds(60));
            after.Forget(first);
            output.WriteLine($"first silo stopped gracefully, {clock.Elapsed.TotalSeconds:F0} s");
        });
        await RunAsync(financed, after, () => Interlocked.Increment(ref done));
        await stopped;
        output.WriteLine($"phase 2: {financed.Count} actions, {after.Retryable} retryable answers, {after.Refused} refused connections, {clock.Elapsed.TotalSeconds:F0} s");
        Assert.Empty(after.Unexpected);
        Assert.Equal([MemberRow.Active, MemberRow.Dead, MemberRow.Dead], (await MemberStatusesAsync(backends)).Order());

        // Filing by filing: the same state, audit lines and events as the first of its group, which ran before any failure.
        var audits = await AuditActionsAsync(backends);
        var events = await OutboxEventsAsync(backends);
        var states = await StatesAsync(third, filings);
        foreach (var (group, approvals) in new[] { (filings.Take(Filings / 10).ToList(), 2), (filings.Skip(Filings / 10).ToList(), 1) })
        {
            var reference = group[0].Id;
            Assert.Equal(1, audits[reference].Count(a => a.Contains("submit", StringComparison.OrdinalIgnoreCase)));
            Assert.Equal(approvals, audits[reference].Count(a => a.Contains("approv", StringComparison.OrdinalIgnoreCase)));
            Assert.All(group, f =>
            {
                Assert.Equal(audits[reference], audits[f.Id]);
                Assert.Equal(events[reference], events[f.Id]);
                Assert.Equal(states[reference], states[f.Id]);
            });
        }

        output.WriteLine($"verified after {clock.Elapsed.TotalSeconds:F0} s");
    }

    private static Task<ServiceProcess> StartFilingAsync(IsolatedBackends backends, string signingKey, bool seedDemo)
    {
        var settings = new Dictionary<string, string>
        {
            ["Persistence:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = backends.ConnectionString,
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMq:Uri"] = backends.RabbitMqUri.ToString(),
            ["Auth:SigningKey"] = signingKey,
            ["Orleans:AdvertisedAddress"] = "127.0.0.1",
        };
        if (seedDemo)
        {
            settings["Demo:SeedDirectory"] = RepositoryPaths.Seeds;
            settings["Demo:FiscalYear"] = "2027";
        }

        return ServiceProcess.StartAsync("Filing", settings);
    }

    /// <summary>Departments with a filer and a head each, and one filing per department and year with seed 000 as its draft.</summary>
    private static async Task<IReadOnlyList<FailoverFiling>> OpenFilingsAsync(RetryingCaller calls, ServiceProcess filing, IsolatedBackends backends)
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var departments = Enumerable.Range(0, Departments).Select(i => $"f{run}-{i:D3}").ToList();
        await Parallel.ForEachAsync(departments, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (id, _) =>
        {
            await calls.PostJsonAsync("perf-office", "api/organisation/departments", new { id, name = $"故障演练{id}" }, $"dept-{id}");
            foreach (var role in new[] { "filer", "department-head" })
            {
                await calls.PostJsonAsync("perf-office", "api/organisation/users",
                    new { id = $"{id}-{role}", displayName = $"{id}{role}", role, departmentId = id, password = Password }, $"user-{id}-{role}");
            }
        });

        // The performance office made these people just now; under the separation-of-duties rule (ADR 0007) accounts
        // one person made within 30 days may not carry one form through its chain together. This test is about
        // failover, not that rule: make them a month old.
        await backends.ScalarAsync($"WITH aged AS (UPDATE filing_users SET created_at = created_at - interval '31 days' WHERE id LIKE 'f{run}-%' RETURNING 1) SELECT COUNT(*) FROM aged");

        var slots = departments.SelectMany(d => Enumerable.Range(0, Filings / Departments).Select(y => (Department: d, Year: 2040 + y))).ToList();
        var filings = new FailoverFiling[slots.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, slots.Count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var (department, year) = slots[i];
            var opened = await calls.PostJsonAsync($"{department}-filer", "api/filings", new { departmentId = department, fiscalYear = year }, $"open-{department}-{year}");
            var id = opened.GetProperty("id").GetGuid();
            await calls.PostAsync($"{department}-filer", $"api/filings/{id}/forms/import",
                () => new MultipartFormDataContent { { new ByteArrayContent(SeedFile.As(SeedFile.Declaration000, $"故障演练{department}", year)), "file", "申报表.txt" } }, $"import-{id}");
            filings[i] = new FailoverFiling(id, department);
        });

        return filings;
    }

    /// <summary>Runs each filing's actions in order, 16 filings at a time.</summary>
    private static Task RunAsync(IReadOnlyList<(FailoverFiling Filing, string User, string Action)[]> chains, RetryingCaller calls, Action completed) =>
        Parallel.ForEachAsync(chains, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (chain, _) =>
        {
            foreach (var a in chain)
            {
                await calls.PostJsonAsync(a.User, $"api/filings/{a.Filing.Id}/{a.Action}", new { }, $"{a.Action}-{a.User}-{a.Filing.Id}");
                completed();
            }
        });

    private static async Task<List<int>> MemberStatusesAsync(IsolatedBackends backends)
    {
        await using var connection = new NpgsqlConnection(backends.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT status FROM filing_orleans_members", connection);
        var statuses = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            statuses.Add(reader.GetInt32(0));
        }

        return statuses;
    }

    private static async Task<Dictionary<Guid, List<string>>> AuditActionsAsync(IsolatedBackends backends)
    {
        var audits = new Dictionary<Guid, List<string>>();
        await using var connection = new NpgsqlConnection(backends.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT filing_id, action FROM filing_audit ORDER BY filing_id, sequence", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var id = reader.GetGuid(0);
            if (!audits.TryGetValue(id, out var list))
            {
                audits[id] = list = [];
            }

            list.Add(reader.GetString(1));
        }

        return audits;
    }

    /// <summary>Each filing's outbox events as "type×count", in type order.</summary>
    private static async Task<Dictionary<Guid, string>> OutboxEventsAsync(IsolatedBackends backends)
    {
        await using var connection = new NpgsqlConnection(backends.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT filing, string_agg(message_type || '×' || n, ',' ORDER BY message_type)
            FROM (SELECT (payload::jsonb ->> 'filingId')::uuid AS filing, message_type, COUNT(*) AS n
                  FROM filing_outbox WHERE payload::jsonb ? 'filingId' GROUP BY 1, 2) AS counted
            GROUP BY filing
            """, connection);
        var events = new Dictionary<Guid, string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            events[reader.GetGuid(0)] = reader.GetString(1);
        }

        return events;
    }

    private static async Task<Dictionary<Guid, string>> StatesAsync(ServiceProcess filing, IReadOnlyList<FailoverFiling> filings)
    {
        using var response = await filing.Http.PostAsJsonAsync("api/auth/login", new { userId = "perf-office", password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using var client = new HttpClient { BaseAddress = filing.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var states = new System.Collections.Concurrent.ConcurrentDictionary<Guid, string>();
        await Parallel.ForEachAsync(filings, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (f, _) =>
        {
            var view = await client.GetFromJsonAsync<JsonElement>($"api/filings/{f.Id}");
            states[f.Id] = view.GetProperty("state").GetString()!;
        });
        return new Dictionary<Guid, string>(states);
    }
}
