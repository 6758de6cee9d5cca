using System.Diagnostics;
using System.Net.Http.Json;
using Npgsql;
using PerfWorkflow.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PerfWorkflow.Integration.Tests.Deadlines;

/// <summary>
/// "A year in a minute": fiscal year 2027 for 1,000 departments on Workflow's virtual clock, against real PostgreSQL
/// and RabbitMQ, with two Workflow processes and a Notification process. The test plays Filing (publishing its
/// contracts) and the performance office (extensions over HTTP) and steps the clock to each instant where the
/// hand-worked expectation (<see cref="HandCheckedYear"/>) says something is due, or the script acts. A reminder the
/// services plan at any other moment goes out at the next step, with the wrong time, and fails the comparison.
/// Mid-year one replica is killed while it holds claimed timers, and restarted; both replicas are down during the
/// August downtime and come back together to catch up.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class YearInAMinuteTests(ITestOutputHelper output)
{
    // PERFWF_YEAR_DEPARTMENTS may raise it (never below 1,000: that is what the test promises; whole tens, one of each behaviour).
    private static readonly int Departments = Math.Max(1000, int.TryParse(Environment.GetEnvironmentVariable("PERFWF_YEAR_DEPARTMENTS"), out var n) ? n / 10 * 10 : 1000);
    private const string Region = "广州市";
    private const string KilledReplica = "workflow-a";
    private static readonly DateTimeOffset MonitoringOpens = YearScenario.Local("2027-07-01 00:00");

    [Fact]
    public void The_hand_worked_dates_agree_with_the_holiday_notices_in_config_calendars()
    {
        var days = new ReferenceWorkingDays(Path.Combine(RepositoryPaths.Root, "config", "calendars"));
        var reminders = HandCheckedYear.DeclarationBefore.Concat(HandCheckedYear.DeclarationOverdue).Concat(HandCheckedYear.ExtendedDeclarationBefore)
            .Concat(HandCheckedYear.MonitoringBefore).Append(HandCheckedYear.MonitoringLatestMissedTick).Append(HandCheckedYear.MonitoringTickAfterDowntime);
        Assert.All(reminders.Select(DateOnly.Parse), d => Assert.True(days.IsWorkingDay(d), $"{d} is a working day"));

        // The days the rules moved reminders off: Sat 12 Dec, Sun 27 Dec, Sat 2 Jan (元旦), Sat 31 Jul, Sun 15, 22, Sat 28 Aug.
        Assert.All(new[] { "2026-12-12", "2026-12-27", "2027-01-02", "2027-07-31", "2027-08-15", "2027-08-22", "2027-08-28" }.Select(DateOnly.Parse),
            d => Assert.False(days.IsWorkingDay(d), $"{d} is not a working day"));
        Assert.True(days.IsWorkingDay(new DateOnly(2027, 8, 2)), "监控 due Sat 31 Jul moves to Mon 2 Aug");
        Assert.Equal(DateOnly.Parse(HandCheckedYear.DeclarationEscalation), days.NthWorkingDayAfter(new DateOnly(2026, 12, 15), 5));
        Assert.Equal(DateOnly.Parse(HandCheckedYear.MonitoringEscalation), days.NthWorkingDayAfter(new DateOnly(2027, 8, 16), 5));
        Assert.Equal(DateOnly.Parse(HandCheckedYear.ReviewLimitEnds), days.NthWorkingDayAfter(new DateOnly(2026, 12, 9), 5));

        var perTen = HandCheckedYear.For(10).CountBy(d => d.Kind).ToDictionary();
        Assert.Equal(HandCheckedYear.KindsPerTenDepartments.OrderBy(k => k.Key), perTen.OrderBy(k => k.Key));
    }

    [Fact]
    public async Task A_fiscal_year_for_a_thousand_departments_delivers_every_expected_reminder_and_escalation_exactly_once()
    {
        var total = Stopwatch.StartNew();
        await using var backends = await IsolatedBackends.CreateAsync();
        await using (var connection = new NpgsqlConnection(backends.ConnectionString))
        {
            await connection.OpenAsync();
            await using var extension = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pgrowlocks", connection);
            await extension.ExecuteNonQueryAsync();
        }

        var signingKey = "year-in-a-minute-signing-key-" + Guid.NewGuid().ToString("N");
        var settings = new Dictionary<string, string>
        {
            ["Persistence:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = backends.ConnectionString,
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMq:Uri"] = backends.RabbitMqUri.ToString(),
            ["Auth:SigningKey"] = signingKey,
        };
        var replicaB = new Dictionary<string, string>(settings)
        {
            ["Clock:Mode"] = "Simulated",
            ["Clock:SimulatedStart"] = YearScenario.Start.ToString("O"),
            ["Clock:RefreshIntervalMs"] = "50",
            ["Workflow:Region"] = Region,
            ["Workflow:Timers:SweepIntervalMs"] = "50",

            // The simulated year must not age its own processed-message ids or published outbox rows out (the test counts them).
            ["Messaging:ProcessedRetentionDays"] = "800",
            ["Messaging:PublishedRetentionDays"] = "800",
        };

        // Replica A names its connections (so the test can see its row locks) and claims small batches (so it spends
        // its sweeps holding rows, and dies holding some).
        var replicaA = new Dictionary<string, string>(replicaB)
        {
            ["ConnectionStrings:Default"] = backends.ConnectionString + ";Application Name=" + KilledReplica,
            ["Workflow:Timers:BatchSize"] = "25",
        };

        // All three at once: replicas take turns on the schema scripts (advisory lock) and on the clock's first row.
        var starting = new[] { ServiceProcess.StartAsync("Notification", settings), ServiceProcess.StartAsync("Workflow", replicaA), ServiceProcess.StartAsync("Workflow", replicaB) };
        var busStarting = TestBus.StartAsync(backends.RabbitMqUri);
        ServiceProcess[] processes;
        try
        {
            processes = await Task.WhenAll(starting);
        }
        catch
        {
            foreach (var started in starting.Where(t => t.IsCompletedSuccessfully))
            {
                await (await started).DisposeAsync();
            }

            throw;
        }

        await using var notification = processes[0];
        var workflowA = processes[1];
        var workflowB = processes[2];
        await using var bus = await busStarting;
        var startup = total.Elapsed;

        var expected = HandCheckedYear.For(Departments);
        var script = YearScenario.Build(Departments).GroupBy(a => a.At).ToDictionary(g => g.Key, g => g.ToList());
        var instants = script.Keys.Concat(expected.Select(d => d.At)).Append(MonitoringOpens)
            .Select(at => at > YearScenario.Jump.From && at < YearScenario.Jump.To ? YearScenario.Jump.To : at)
            .Where(at => at <= YearScenario.End).Distinct().Order().ToList();
        var published = 0;
        var heldWhenKilled = 0L;
        var firedBeforeKill = 0L;
        var simulation = Stopwatch.StartNew();
        try
        {
            foreach (var now in instants)
            {
                if (now == YearScenario.KillAt)
                {
                    // Only A sweeps (B is frozen) until A is seen holding claimed open-stage timers; then A dies. The
                    // outbox is locked against inserts first, so A's sweep claims its batch and then waits inside its
                    // transaction: the kill lands while A holds claimed rows, however fast A is (no race with a poll).
                    await using (var outboxHeld = await HoldOutboxAgainstInsertsAsync(backends))
                    {
                        await workflowB.PauseAsync();
                        try
                        {
                            await SetClockAsync(backends, now);
                            heldWhenKilled = await RowsHeldByKilledReplicaAsync(backends);
                            await workflowA.KillAsync();
                            firedBeforeKill = await backends.ScalarAsync("SELECT COUNT(*) FROM workflow_timers WHERE kind = 'open-stage' AND status = 'fired'");
                        }
                        finally
                        {
                            await workflowB.ResumeAsync();
                        }
                    }

                    await workflowA.DisposeAsync();
                    workflowA = await ServiceProcess.StartAsync("Workflow", replicaA);
                }
                else if (now == YearScenario.Jump.To)
                {
                    // Downtime: both replicas are gone while the clock jumps; they come back together and race on catch-up.
                    await Task.WhenAll(workflowA.DisposeAsync().AsTask(), workflowB.DisposeAsync().AsTask());
                    await SetClockAsync(backends, now);
                    var back = await Task.WhenAll(ServiceProcess.StartAsync("Workflow", replicaA), ServiceProcess.StartAsync("Workflow", replicaB));
                    (workflowA, workflowB) = (back[0], back[1]);
                }
                else
                {
                    await SetClockAsync(backends, now);
                }

                await WaitForAsync(backends, $"SELECT COUNT(*) FROM workflow_timers WHERE status = 'pending' AND fire_at <= '{now.UtcDateTime:O}'", 0, $"the timers due at {now:O} to fire");
                if (script.TryGetValue(now, out var actions))
                {
                    await ActAsync(actions, workflowB, signingKey, bus);
                    published += actions.Count(a => a.Message is not null);
                    await WaitForAsync(backends, "SELECT COUNT(*) FROM workflow_processed_messages WHERE consumer = 'timers'", published, $"Workflow to plan the events of {now:O}");
                }
            }
        }
        catch
        {
            output.WriteLine("Workflow B output:\n" + workflowB.Output);
            throw;
        }
        finally
        {
            await workflowA.DisposeAsync();
            await workflowB.DisposeAsync();
        }

        var simulated = simulation.Elapsed;
        Assert.True(heldWhenKilled > 0, "replica A was killed while it held claimed timers");
        Assert.True(firedBeforeKill < Departments, $"replica A died before it fired every open-stage timer ({firedBeforeKill} fired)");

        // Workflow's outbox drains (the restarted replicas relay what the dead ones left), and Notification has consumed
        // every deadline event Workflow wrote: from then on the inbox cannot change.
        await WaitForAsync(backends, "SELECT COUNT(*) FROM workflow_outbox WHERE published_at IS NULL", 0, "Workflow's outbox to drain", TimeSpan.FromSeconds(120));
        var deadlineEvents = await backends.ScalarAsync($"SELECT COUNT(*) FROM workflow_outbox WHERE message_type IN ({DeadlineEventTypes})");
        await WaitForAsync(backends, "SELECT COUNT(*) FROM notification_processed_messages WHERE consumer = 'deadlines'", deadlineEvents, "Notification to consume every deadline event", TimeSpan.FromSeconds(120));

        var actual = await DeliveriesAsync(backends);
        AssertSameMultiset([.. expected.Select(d => d.ToString())], actual, "inbox notices");
        var kinds = actual.CountBy(a => a.Split(' ')[1]).ToDictionary();
        Assert.Equal(HandCheckedYear.KindsPerTenDepartments.Select(k => (k.Key, k.Value * Departments / 10)).Order(), kinds.Select(k => (k.Key, k.Value)).Order());
        var openStages = bus.OpenStages.Values.Select(o => $"{o.FilingId:D} {o.Stage}").ToList();
        AssertSameMultiset([.. Enumerable.Range(0, Departments).Select(i => $"{YearScenario.FilingOf(i):D} Monitoring")], openStages, "OpenStage commands");
        Assert.Equal(0, await backends.ScalarAsync($"SELECT COUNT(*) FROM workflow_timers WHERE status = 'pending' AND fire_at <= '{YearScenario.End.UtcDateTime:O}'"));

        output.WriteLine($"{Departments} departments, {instants.Count} clock steps, {published} Filing events, {actual.Count} inbox notices ({string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}"))}); replica A killed holding {heldWhenKilled} timers after firing {firedBeforeKill}");
        output.WriteLine($"startup {startup.TotalSeconds:F1} s, simulated year {simulated.TotalSeconds:F1} s, total {total.Elapsed.TotalSeconds:F1} s");
    }

    private const string InboxKinds = "'deadline-approaching', 'deadline-missed', 'deadline-escalated', 'review-overdue', 'deadline-extended'";

    private const string DeadlineEventTypes =
        "'PerfWorkflow.Contracts.DeadlineApproaching', 'PerfWorkflow.Contracts.DeadlineMissed', 'PerfWorkflow.Contracts.DeadlineEscalated', 'PerfWorkflow.Contracts.ReviewOverdue', 'PerfWorkflow.Contracts.DeadlineExtended'";

    private static async Task ActAsync(List<ScriptedAction> actions, ServiceProcess workflow, string signingKey, TestBus bus)
    {
        foreach (var extension in actions.Select(a => a.Extension).OfType<ScriptedExtension>())
        {
            using var office = new HttpClient { BaseAddress = workflow.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
            office.DefaultRequestHeaders.Authorization = new("Bearer", OfficeToken.For(signingKey, Region));
            using var response = await office.PostAsJsonAsync($"api/workflow/calendars/{YearScenario.FiscalYear}/extensions",
                new { extension.Stage, extension.DepartmentId, extension.NewDueDate, extension.Reason });
            Assert.True(response.IsSuccessStatusCode, $"extension answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        await Task.WhenAll(actions.Where(a => a.Message is not null).Select(a => bus.PublishAsync(a.Message!)));
    }

    // An open transaction holding EXCLUSIVE on Workflow's outbox: reads go on, inserts wait until it is disposed
    // (rolled back). Taken before B is frozen, so it never waits on a transaction of a frozen process.
    private static async Task<NpgsqlConnection> HoldOutboxAgainstInsertsAsync(IsolatedBackends backends)
    {
        var connection = new NpgsqlConnection(backends.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SET lock_timeout = '30s'; BEGIN; LOCK TABLE workflow_outbox IN EXCLUSIVE MODE;", connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    // Polls PostgreSQL's row locks (pgrowlocks) for timers locked by a connection of the replica about to be killed.
    private static async Task<long> RowsHeldByKilledReplicaAsync(IsolatedBackends backends)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var held = await backends.ScalarAsync(
                $"SELECT COUNT(*) FROM pgrowlocks('workflow_timers') l WHERE EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.pid = ANY(l.pids) AND a.application_name = '{KilledReplica}')");
            if (held > 0)
            {
                return held;
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("Replica A never held a claimed timer at the kill instant.");
            }

            await Task.Delay(2);
        }
    }

    private static async Task SetClockAsync(IsolatedBackends backends, DateTimeOffset now)
    {
        await using var connection = new NpgsqlConnection(backends.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE workflow_sim_clock SET now = @now WHERE id = 1", connection);
        command.Parameters.AddWithValue("now", now.UtcDateTime);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static async Task WaitForAsync(IsolatedBackends backends, string countSql, long expected, string what, TimeSpan? limit = null)
    {
        var deadline = Stopwatch.StartNew();
        var last = -1L;
        while ((last = await backends.ScalarAsync(countSql)) != expected)
        {
            if (deadline.Elapsed > (limit ?? TimeSpan.FromSeconds(180)))
            {
                throw new TimeoutException($"Timed out waiting for {what}: {last} instead of {expected} ({countSql}).");
            }

            await Task.Delay(20);
        }
    }

    private static async Task<List<string>> DeliveriesAsync(IsolatedBackends backends)
    {
        var rows = new List<string>();
        await using var connection = new NpgsqlConnection(backends.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT user_id, kind, filing_id, stage, created_at FROM notification_inbox_items WHERE kind IN ({InboxKinds})", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new ExpectedDelivery(reader.GetString(0), reader.GetString(1), reader.GetGuid(2), reader.GetString(3),
                new DateTimeOffset(reader.GetDateTime(4), TimeSpan.Zero)).ToString());
        }

        return rows;
    }

    private static void AssertSameMultiset(List<string> expected, List<string> actual, string what)
    {
        var expectedCounts = expected.CountBy(e => e).ToDictionary(StringComparer.Ordinal);
        var actualCounts = actual.CountBy(a => a).ToDictionary(StringComparer.Ordinal);
        var missing = expectedCounts.SelectMany(e => Enumerable.Repeat(e.Key, Math.Max(0, e.Value - actualCounts.GetValueOrDefault(e.Key)))).ToList();
        var extra = actualCounts.SelectMany(a => Enumerable.Repeat(a.Key, Math.Max(0, a.Value - expectedCounts.GetValueOrDefault(a.Key)))).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{what}: {missing.Count} missing, {extra.Count} unexpected (of {expected.Count} expected).\nmissing: {string.Join("\n  ", missing.Order(StringComparer.Ordinal).Take(15))}\nunexpected: {string.Join("\n  ", extra.Order(StringComparer.Ordinal).Take(15))}");
    }
}
