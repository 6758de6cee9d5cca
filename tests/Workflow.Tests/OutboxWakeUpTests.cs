using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfWorkflow.Hosting.Outbox;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Tests;

/// <summary>
/// The relay is woken by commits that carry events, and only by those (<see cref="OutboxWakeUpInterceptor{TContext}"/>):
/// a consumer batch without events costs no empty claim, and an event never waits for the idle poll.
/// </summary>
public sealed class OutboxWakeUpTests
{
    private static readonly DateTimeOffset Now = ManualClock.Local("2026-10-01T10:00");

    [Fact]
    public async Task A_commit_without_outbox_rows_leaves_the_relay_asleep()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Now);
        var signal = new OutboxSignal<WorkflowDbContext>();
        await using (var db = await ContextAsync(workflow, signal))
        {
            db.StageChanges.Add(Change());
            await db.SaveChangesAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.StageChanges.Add(Change());
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public async Task Outbox_rows_wake_the_relay_when_their_transaction_commits_and_not_before()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Now);
        var signal = new OutboxSignal<WorkflowDbContext>();
        await using var db = await ContextAsync(workflow, signal);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.OutboxMessages.Add(Row());
            await db.SaveChangesAsync();
            Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
            await transaction.CommitAsync();
        }

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));

        db.OutboxMessages.Add(Row());
        await db.SaveChangesAsync();
        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }

    [Fact]
    public async Task Outbox_rows_rolled_back_do_not_wake_the_relay_at_the_next_commit()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Now);
        var signal = new OutboxSignal<WorkflowDbContext>();
        await using var db = await ContextAsync(workflow, signal);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.OutboxMessages.Add(Row());
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        db.ChangeTracker.Clear();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.StageChanges.Add(Change());
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }

    /// <summary>
    /// A context on the harness's database with one interceptor of its own, waking <paramref name="signal"/>, as the
    /// service's context has one waking its relay.
    /// </summary>
    private static Task<WorkflowDbContext> ContextAsync(WorkflowHarness workflow, OutboxSignal<WorkflowDbContext> signal) =>
        workflow.QueryAsync(sp =>
        {
            var database = sp.GetRequiredService<WorkflowDbContext>().Database.GetConnectionString();
            var options = new DbContextOptionsBuilder<WorkflowDbContext>().UseSqlite(database)
                .AddInterceptors(new OutboxWakeUpInterceptor<WorkflowDbContext>(signal)).Options;
            return Task.FromResult(new WorkflowDbContext(options));
        });

    private static StageChange Change() =>
        new() { MessageId = Guid.NewGuid(), FilingId = Guid.NewGuid(), Stage = "Declaration", Change = "test", OccurredAt = Now.UtcDateTime };

    private static OutboxMessage Row() =>
        new() { MessageId = Guid.NewGuid(), MessageType = "PerfWorkflow.Contracts.Test", Payload = "{}", OccurredAt = Now.UtcDateTime };
}
