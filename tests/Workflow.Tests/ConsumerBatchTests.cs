using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Tests;

/// <summary>
/// Consumers' work committed in batches (<see cref="ConsumerBatches{TContext}"/>) keeps the one-message guarantees:
/// each message id takes effect once with its processed-message row, a message that fails takes nobody else down
/// with it, and a message reads what the messages before it wrote.
/// </summary>
public sealed class ConsumerBatchTests
{
    private const string Consumer = "batch-test";
    private static readonly DateTimeOffset Now = ManualClock.Local("2026-10-01T10:00");

    [Fact]
    public async Task A_burst_with_a_duplicate_and_a_failing_message_commits_every_good_message_once_and_fails_only_the_bad_one()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Now);
        var batches = await workflow.QueryAsync(sp => Task.FromResult(sp.GetRequiredService<ConsumerBatches<WorkflowDbContext>>()));
        var ids = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();
        var bad = Guid.NewGuid();

        var good = ids.Select(id => batches.ProcessOnceAsync(Consumer, id, Guid.NewGuid(), (sp, _) => RecordAsync(sp, id), CancellationToken.None)).ToList();
        var duplicate = batches.ProcessOnceAsync(Consumer, ids[0], Guid.NewGuid(), (sp, _) => RecordAsync(sp, ids[0]), CancellationToken.None);
        var failing = batches.ProcessOnceAsync(Consumer, bad, Guid.NewGuid(), (_, _) => throw new InvalidOperationException("收件人不存在"), CancellationToken.None);

        Assert.All(await Task.WhenAll(good.Skip(1)), committed => Assert.True(committed));
        Assert.Equal([false, true], new[] { await good[0], await duplicate }.Order());
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Equal(ids.Order(), (await workflow.QueryAsync(sp => sp.GetRequiredService<WorkflowDbContext>().StageChanges.Select(c => c.MessageId).ToListAsync())).Order());
        var processed = await workflow.QueryAsync(sp => sp.GetRequiredService<WorkflowDbContext>().ProcessedMessages.Where(p => p.Consumer == Consumer).Select(p => p.MessageId).ToListAsync());
        Assert.Equal(ids.Order(), processed.Order());

        Assert.False(await batches.ProcessOnceAsync(Consumer, ids[7], Guid.NewGuid(), (sp, _) => RecordAsync(sp, ids[7]), CancellationToken.None));
    }

    [Fact]
    public async Task Messages_of_one_filing_arriving_together_each_read_what_the_ones_before_them_wrote()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Now);
        var batches = await workflow.QueryAsync(sp => Task.FromResult(sp.GetRequiredService<ConsumerBatches<WorkflowDbContext>>()));
        var filingId = Guid.NewGuid();
        var seen = new int[20];

        // Each message counts the rows the earlier ones wrote for the filing, then adds its own.
        var work = Enumerable.Range(0, seen.Length).Select(i => batches.ProcessOnceAsync(Consumer, Guid.NewGuid(), filingId, async (sp, ct) =>
        {
            var db = sp.GetRequiredService<WorkflowDbContext>();
            seen[i] = await db.StageChanges.CountAsync(c => c.FilingId == filingId, ct);
            db.StageChanges.Add(new StageChange { MessageId = Guid.NewGuid(), FilingId = filingId, Stage = "Declaration", Change = $"change-{i}", OccurredAt = Now.UtcDateTime });
        }, CancellationToken.None)).ToList();
        await Task.WhenAll(work);

        Assert.Equal(Enumerable.Range(0, seen.Length), seen);
    }

    [Fact]
    public async Task Messages_of_several_filings_interleaved_each_read_their_own_filings_earlier_writes_and_a_global_one_reads_all()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Now);
        var batches = await workflow.QueryAsync(sp => Task.FromResult(sp.GetRequiredService<ConsumerBatches<WorkflowDbContext>>()));
        var filings = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();
        var seen = new int[30];
        var globalSeen = -1;

        // A, B, C, A, B, C, …; after the 15th a message about no filing (as a directory change is) counts every row.
        var work = new List<Task<bool>>();
        for (var i = 0; i < seen.Length; i++)
        {
            var (index, filingId) = (i, filings[i % filings.Length]);
            work.Add(batches.ProcessOnceAsync(Consumer, Guid.NewGuid(), filingId, async (sp, ct) =>
            {
                var db = sp.GetRequiredService<WorkflowDbContext>();
                seen[index] = await db.StageChanges.CountAsync(c => c.FilingId == filingId, ct);
                db.StageChanges.Add(new StageChange { MessageId = Guid.NewGuid(), FilingId = filingId, Stage = "Declaration", Change = $"change-{index}", OccurredAt = Now.UtcDateTime });
            }, CancellationToken.None));
            if (i == 14)
            {
                work.Add(batches.ProcessOnceAsync(Consumer, Guid.NewGuid(), Guid.Empty, async (sp, ct) =>
                    globalSeen = await sp.GetRequiredService<WorkflowDbContext>().StageChanges.CountAsync(c => filings.Contains(c.FilingId), ct), CancellationToken.None));
            }
        }

        Assert.All(await Task.WhenAll(work), Assert.True);
        Assert.Equal(Enumerable.Range(0, seen.Length).Select(i => i / filings.Length), seen);
        Assert.Equal(15, globalSeen);
    }

    [Fact]
    public async Task A_write_that_fails_when_several_messages_are_flushed_together_fails_only_its_own_message()
    {
        await using var workflow = await WorkflowHarness.StartAsync(Now);
        var batches = await workflow.QueryAsync(sp => Task.FromResult(sp.GetRequiredService<ConsumerBatches<WorkflowDbContext>>()));
        var taken = Guid.NewGuid();
        Assert.True(await batches.ProcessOnceAsync(Consumer, Guid.NewGuid(), Guid.NewGuid(), (sp, _) => RecordAsync(sp, taken), CancellationToken.None));

        // Each about another filing, so their rows wait to be written together; one collides with a row already there.
        var ids = Enumerable.Range(0, 12).Select(_ => Guid.NewGuid()).ToList();
        var good = ids.Select(id => batches.ProcessOnceAsync(Consumer, Guid.NewGuid(), Guid.NewGuid(), (sp, _) => RecordAsync(sp, id), CancellationToken.None)).ToList();
        var colliding = batches.ProcessOnceAsync(Consumer, Guid.NewGuid(), Guid.NewGuid(), (sp, _) => RecordAsync(sp, taken), CancellationToken.None);

        Assert.All(await Task.WhenAll(good), Assert.True);
        await Assert.ThrowsAsync<DbUpdateException>(() => colliding);
        var written = await workflow.QueryAsync(sp => sp.GetRequiredService<WorkflowDbContext>().StageChanges.Select(c => c.MessageId).ToListAsync());
        Assert.Equal(ids.Append(taken).Order(), written.Order());
    }

    private static Task RecordAsync(IServiceProvider services, Guid messageId)
    {
        services.GetRequiredService<WorkflowDbContext>().StageChanges.Add(new StageChange
        {
            MessageId = messageId, FilingId = Guid.NewGuid(), Stage = "Declaration", Change = "submitted", OccurredAt = Now.UtcDateTime,
        });
        return Task.CompletedTask;
    }
}
