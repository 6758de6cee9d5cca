using System.Diagnostics;
using System.Net.Http.Json;
using Npgsql;
using PerfWorkflow.Domain.Calendar;
using PerfWorkflow.Integration.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PerfWorkflow.Integration.Tests.Deadlines;

/// <summary>
/// "A year in a minute": fiscal year 2027 for 1,000 departments on Workflow's virtual clock, against real PostgreSQL
/// and RabbitMQ, with two Workflow processes (one killed mid-year) and a Notification process. The test plays Filing
/// (publishing its contracts) and the performance office (extensions over HTTP), steps the clock from one instant
/// where something is due to the next, and compares the outcome with <see cref="TimerModel"/>: every expected reminder,
/// escalation and notice in the inbox exactly once and nothing else, and the timer table row for row.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class YearInAMinuteTests(ITestOutputHelper output)
{
    // PERFWF_YEAR_DEPARTMENTS may raise it (never below 1,000: that is what the test promises).
    private static readonly int Departments = Math.Max(1000, int.TryParse(Environment.GetEnvironmentVariable("PERFWF_YEAR_DEPARTMENTS"), out var n) ? n : 1000);
    private const string Region = "广州市";

    [Fact]
    public async Task A_fiscal_year_for_a_thousand_departments_delivers_every_expected_reminder_and_escalation_exactly_once()
    {
        var total = Stopwatch.StartNew();
        await using var backends = await IsolatedBackends.CreateAsync();
        var signingKey = "year-in-a-minute-signing-key-" + Guid.NewGuid().ToString("N");
        var settings = new Dictionary<string, string>
        {
            ["Persistence:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = backends.ConnectionString,
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMq:Uri"] = backends.RabbitMqUri.ToString(),
            ["Auth:SigningKey"] = signingKey,
        };
        var workflowSettings = new Dictionary<string, string>(settings)
        {
            ["Clock:Mode"] = "Simulated",
            ["Clock:SimulatedStart"] = YearScenario.Start.ToString("O"),
            ["Clock:RefreshIntervalMs"] = "50",
            ["Workflow:Region"] = Region,
            ["Workflow:Timers:SweepIntervalMs"] = "50",

            // The simulated year must not age its own processed-message ids out (the test counts them).
            ["Messaging:ProcessedRetentionDays"] = "800",
        };
        // All three at once: replicas take turns on the schema scripts (advisory lock) and on the clock's first row.
        var starting = new[] { ServiceProcess.StartAsync("Notification", settings), ServiceProcess.StartAsync("Workflow", workflowSettings), ServiceProcess.StartAsync("Workflow", workflowSettings) };
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
        await using var workflowB = processes[2];
        await using var bus = await busStarting;
        using var office = new HttpClient { BaseAddress = workflowB.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        office.DefaultRequestHeaders.Authorization = new("Bearer", OfficeToken.For(signingKey, Region));
        var startup = total.Elapsed;

        var model = new TimerModel(ShippedCalendar(), Region, YearScenario.FiscalYear);
        var script = new Queue<IGrouping<DateTimeOffset, ScriptedAction>>(YearScenario.Build(Departments).GroupBy(a => a.At).OrderBy(g => g.Key));
        var published = 0;
        var steps = 0;
        var killed = false;
        var stepTimes = new List<string>();
        var simulation = Stopwatch.StartNew();
        try
        {
            while (NextInstant(model, script) is { } now && now <= YearScenario.End)
            {
                steps++;
                var step = Stopwatch.StartNew();
                await SetClockAsync(backends, now);
                if (model.NextFireAt() <= now)
                {
                    model.Sweep(now);
                    if (!killed && now >= YearScenario.KillAt)
                    {
                        // Mid-sweep: the first replica dies holding claimed rows; the second must fire them, once.
                        await Task.Delay(150);
                        await workflowA.KillAsync();
                        killed = true;
                    }

                    await WaitForAsync(backends, $"SELECT COUNT(*) FROM workflow_timers WHERE status = 'pending' AND fire_at <= '{now.UtcDateTime:O}'", 0, $"the timers due at {now:O} to fire");
                }

                if (script.TryPeek(out var group) && group.Key == now)
                {
                    script.Dequeue();
                    foreach (var action in group)
                    {
                        model.Apply(action);
                        if (action.Extension is { } extension)
                        {
                            using var response = await office.PostAsJsonAsync($"api/workflow/calendars/{YearScenario.FiscalYear}/extensions",
                                new { extension.Stage, extension.DepartmentId, extension.NewDueDate, extension.Reason });
                            Assert.True(response.IsSuccessStatusCode, $"extension answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                        }
                    }

                    var messages = group.Where(a => a.Message is not null).Select(a => bus.PublishAsync(a.Message!)).ToList();
                    await Task.WhenAll(messages);
                    published += messages.Count;
                    await WaitForAsync(backends, "SELECT COUNT(*) FROM workflow_processed_messages WHERE consumer = 'timers'", published, $"Workflow to plan the events of {now:O}");
                }

                stepTimes.Add($"{now.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm} {step.Elapsed.TotalSeconds:F2} s (events so far {published})");
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
        }

        var simulated = simulation.Elapsed;
        Assert.True(killed, "the first Workflow instance was killed mid-year");
        await WaitForAsync(backends, "SELECT COUNT(*) FROM workflow_outbox WHERE published_at IS NULL", 0, "Workflow's outbox to drain", TimeSpan.FromSeconds(120));
        var expected = model.Deliveries.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList();
        await WaitForAsync(backends, $"SELECT COUNT(*) FROM notification_inbox_items WHERE kind IN ({InboxKinds})", expected.Count, "every deadline notice to reach the inbox", TimeSpan.FromSeconds(120));
        await Task.Delay(TimeSpan.FromSeconds(2));   // a duplicate would show up by now

        var actual = (await DeliveriesAsync(backends)).Order(StringComparer.Ordinal).ToList();
        AssertSameMultiset(expected, actual, "inbox notices");
        var timers = await TimersAsync(backends);
        AssertSameMultiset(
            model.Timers.Values.Select(t => $"{t.Key} {t.Status} late={t.Late} {t.FireAt.UtcDateTime:O}").Order(StringComparer.Ordinal).ToList(),
            timers, "workflow_timers rows");
        var openStages = bus.OpenStages.Values.Select(o => $"{o.FilingId:D} {o.Stage}").Order(StringComparer.Ordinal).ToList();
        AssertSameMultiset(model.OpenStages.Select(o => $"{o.FilingId:D} {o.Stage}").Order(StringComparer.Ordinal).ToList(), openStages, "OpenStage commands");

        var kinds = model.Deliveries.GroupBy(d => d.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine($"{Departments} departments, {steps} clock steps, {published} Filing events, {model.Timers.Count} timers, {expected.Count} inbox notices ({string.Join(", ", kinds)}), {model.Timers.Values.Count(t => t.Late)} late");
        output.WriteLine(string.Join('\n', stepTimes));
        output.WriteLine(workflowB.Output);
        output.WriteLine($"startup {startup.TotalSeconds:F1} s, simulated year {simulated.TotalSeconds:F1} s, total {total.Elapsed.TotalSeconds:F1} s");
        Assert.Contains(model.Deliveries, d => d.Kind == "deadline-escalated");
        Assert.Contains(model.Timers.Values, t => t.Late);
    }

    private const string InboxKinds = "'deadline-approaching', 'deadline-missed', 'deadline-escalated', 'review-overdue', 'deadline-extended'";

    private static DateTimeOffset? NextInstant(TimerModel model, Queue<IGrouping<DateTimeOffset, ScriptedAction>> script)
    {
        var candidates = new[] { model.NextFireAt(), script.TryPeek(out var group) ? group.Key : null }.OfType<DateTimeOffset>().ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var next = candidates.Min();
        var (from, to) = YearScenario.Jump;
        return next > from && next < to ? to : next;
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
            if (deadline.Elapsed > (limit ?? TimeSpan.FromSeconds(60)))
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

    private static async Task<List<string>> TimersAsync(IsolatedBackends backends)
    {
        var rows = new List<string>();
        await using var connection = new NpgsqlConnection(backends.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT key, status, late, fire_at FROM workflow_timers", connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetString(0)} {reader.GetString(1)} late={reader.GetBoolean(2)} {DateTime.SpecifyKind(reader.GetDateTime(3), DateTimeKind.Utc):O}");
        }

        return [.. rows.Order(StringComparer.Ordinal)];
    }

    private static void AssertSameMultiset(List<string> expected, List<string> actual, string what)
    {
        var expectedCounts = expected.CountBy(e => e).ToDictionary(StringComparer.Ordinal);
        var actualCounts = actual.CountBy(a => a).ToDictionary(StringComparer.Ordinal);
        var missing = expectedCounts.SelectMany(e => Enumerable.Repeat(e.Key, Math.Max(0, e.Value - actualCounts.GetValueOrDefault(e.Key)))).ToList();
        var extra = actualCounts.SelectMany(a => Enumerable.Repeat(a.Key, Math.Max(0, a.Value - expectedCounts.GetValueOrDefault(a.Key)))).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{what}: {missing.Count} missing, {extra.Count} unexpected (of {expected.Count} expected).\nmissing: {string.Join("\n  ", missing.Take(15))}\nunexpected: {string.Join("\n  ", extra.Take(15))}");
    }

    private static WorkingDayCalendar ShippedCalendar()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "config", "calendars");
        var files = Directory.GetFiles(folder, "*.json").Select(f => (Path.GetFileName(f), (string?)File.ReadAllText(f)));
        return WorkingDayCalendarParser.ParseMany(files).Calendar ?? throw new InvalidOperationException("config/calendars does not parse.");
    }
}
