using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PerfWorkflow.Domain.Audit;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Grains;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Outbox;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Filing;

/// <summary>
/// The filing grain's commit on a real PostgreSQL, where a command without forms is one statement
/// (<see cref="FilingCommitStatement"/>): it writes the row, the events, the audit line and the answer together or
/// nothing, refuses a moved version and a taken key, and wakes the relay.
/// </summary>
public sealed class FilingGrainStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private IsolatedBackends _backends = null!;
    private ServiceProvider _services = null!;
    private FilingGrainStore _store = null!;
    private OutboxSignal<FilingDbContext> _signal = null!;

    public async Task InitializeAsync()
    {
        _backends = await IsolatedBackends.CreateAsync();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddDbContextPool<FilingDbContext>(o => o.UseNpgsql(DatabaseSettings.WithStatementReuse(_backends.ConnectionString)));
        services.AddSingleton<SchemaMigrator>();
        services.AddSingleton<OutboxSignal<FilingDbContext>>();
        services.AddSingleton<FilingGrainStore>();
        _services = services.BuildServiceProvider();
        await using (var scope = _services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FilingDbContext>();
            await _services.GetRequiredService<SchemaMigrator>().MigrateAsync(db, typeof(FilingDbContext).Assembly, CancellationToken.None);
            db.Departments.Add(new DepartmentRecord { Id = "d-store", Name = "测试部门", Region = "测试区" });
            await db.SaveChangesAsync();
        }

        _store = _services.GetRequiredService<FilingGrainStore>();
        _signal = _services.GetRequiredService<OutboxSignal<FilingDbContext>>();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _backends.DisposeAsync();
    }

    [Fact]
    public async Task A_command_writes_its_row_events_audit_line_and_answer_together_and_wakes_the_relay()
    {
        var opened = await OpenAsync();
        var events = Comment(opened);
        await _signal.WaitAsync(TimeSpan.Zero, CancellationToken.None);

        var outcome = await _store.CommitAsync(Commit(opened, version: 2, events, "key-1"), CancellationToken.None);

        Assert.Equal(CommitOutcome.Committed, outcome);
        Assert.True(await _signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
        await using var db = Database();
        var row = await db.Filings.AsNoTracking().SingleAsync(f => f.Id == opened.Snapshot.Id);
        Assert.Equal((2, 2L), (row.Version, row.AuditSequence));
        Assert.Equal(opened.Events + events.Count, await db.OutboxMessages.CountAsync());
        Assert.Equal(2, await db.Audit.CountAsync(a => a.FilingId == opened.Snapshot.Id));
        Assert.Equal(opened.Snapshot.Id, (await _store.PriorAnswerAsync("d-store-head", "key-1", CancellationToken.None))!.Value.FilingId);
    }

    [Fact]
    public async Task A_command_on_a_version_that_moved_writes_nothing()
    {
        var opened = await OpenAsync();
        Assert.Equal(CommitOutcome.Committed, await _store.CommitAsync(Commit(opened, version: 2, Comment(opened), null), CancellationToken.None));

        // A second activation still holding version 1 writes its own version 2.
        var outcome = await _store.CommitAsync(Commit(opened, version: 2, Comment(opened), "key-stale"), CancellationToken.None);

        Assert.Equal(CommitOutcome.Stale, outcome);
        await AssertWrittenAsync(opened, audit: 2, outbox: opened.Events + 1);
        Assert.Null(await _store.PriorAnswerAsync("d-store-head", "key-stale", CancellationToken.None));
    }

    [Fact]
    public async Task A_command_whose_audit_line_another_writer_took_writes_nothing()
    {
        var opened = await OpenAsync();
        Assert.Equal(CommitOutcome.Committed, await _store.CommitAsync(Commit(opened, version: 1, Comment(opened), null), CancellationToken.None));

        // A comment keeps the version, so only the audit line's sequence stops the second writer: the whole statement fails.
        var outcome = await _store.CommitAsync(Commit(opened, version: 1, Comment(opened), "key-late"), CancellationToken.None);

        Assert.Equal(CommitOutcome.Stale, outcome);
        await AssertWrittenAsync(opened, audit: 2, outbox: opened.Events + 1);
        Assert.Null(await _store.PriorAnswerAsync("d-store-head", "key-late", CancellationToken.None));
    }

    [Fact]
    public async Task A_key_already_answered_is_reported_as_used_and_the_command_writes_nothing()
    {
        var first = await OpenAsync(2030);
        Assert.Equal(CommitOutcome.Committed, await _store.CommitAsync(Commit(first, version: 2, Comment(first), "key-taken"), CancellationToken.None));
        var second = await OpenAsync(2031);

        var outcome = await _store.CommitAsync(Commit(second, version: 2, Comment(second), "key-taken"), CancellationToken.None);

        Assert.Equal(CommitOutcome.KeyUsed, outcome);
        await AssertWrittenAsync(second, audit: 1, outbox: first.Events + 1 + second.Events);
        await using var db = Database();
        Assert.Equal(1, (await db.Filings.AsNoTracking().SingleAsync(f => f.Id == second.Snapshot.Id)).Version);
    }

    [Fact]
    public async Task Account_origins_follow_the_makers_of_the_accounts_asked_about_while_they_are_new_and_read_no_other_account()
    {
        await using (var db = Database())
        {
            UserRecord User(string id, string? maker, int daysAgo) => new()
            {
                Id = id, DisplayName = id, Role = "finance-division", Region = "测试区", CreatedBy = maker, CreatedAt = Now.AddDays(-daysAgo).UtcDateTime,
            };
            db.Users.AddRange(User("o-new", "o-maker", 1), User("o-maker", "o-old", 2), User("o-old", "o-root", 400), User("o-stranger", "o-maker", 1));
            await db.SaveChangesAsync();
        }

        var origins = await _store.RecentAccountOriginsAsync(["o-new", "o-unknown"], Now.AddDays(-30), CancellationToken.None);

        Assert.Equal(["o-maker", "o-new"], origins.Keys.Order());
        Assert.Equal("o-old", origins["o-maker"].CreatedBy);
    }

    private async Task<Opened> OpenAsync(int year = 2030)
    {
        var (filing, events) = Domain.Filings.Filing.Open(Guid.CreateVersion7(), "d-store", year, Now);
        var line = Chain.Append(null, filing.Id, "d-store-filer", "open", null, FilingStore.Describe(filing), null, 0, Now);
        Assert.True(await _store.InsertAsync(filing.ToSnapshot(), filing.State, events, line, Now, CancellationToken.None));
        return new Opened(filing.ToSnapshot(), line, events.Count);
    }

    private static IReadOnlyList<Domain.Filings.Events.IFilingEvent> Comment(Opened opened) =>
        Domain.Filings.Filing.FromSnapshot(opened.Snapshot).Comment("d-store-head", "请补充佐证材料", Now);

    /// <summary>The next version of an opened filing as an activation holding version 1 would commit it.</summary>
    private static FilingCommit Commit(Opened opened, int version, IReadOnlyList<Domain.Filings.Events.IFilingEvent> events, string? key)
    {
        var next = Domain.Filings.Filing.FromSnapshot(opened.Snapshot with { Version = version });
        var state = FilingStore.Describe(next);
        var line = Chain.Append(opened.Line, next.Id, "d-store-head", "comment", state, state, "请补充佐证材料", next.FormVersion, Now);
        return new FilingCommit(next.ToSnapshot(), opened.Snapshot.Version, next.State, events, line, FilingView.Of(next, Now), key, [], [], Now);
    }

    private async Task AssertWrittenAsync(Opened opened, int audit, int outbox)
    {
        await using var db = Database();
        Assert.Equal(audit, await db.Audit.CountAsync(a => a.FilingId == opened.Snapshot.Id));
        Assert.Equal(outbox, await db.OutboxMessages.CountAsync());
    }

    private sealed record Opened(FilingSnapshot Snapshot, AuditEntry Line, int Events);

    private static readonly KeyedAuditChain Chain = new(new byte[32]);

    private FilingDbContext Database() =>
        new(new DbContextOptionsBuilder<FilingDbContext>().UseNpgsql(_backends.ConnectionString).Options);
}
