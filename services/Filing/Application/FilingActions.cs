using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Filing.Messaging;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Outbox;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Application;

/// <summary>
/// Thin wiring around the <see cref="Domain.Filings.Filing"/> aggregate: load it, let it decide, and store the new
/// snapshot together with its events (as outbox rows) in one transaction, only if nobody changed it meanwhile.
/// </summary>
public sealed class FilingActions(FilingDbContext db, ApprovalChainResolver chains, TimeProvider time)
{
    public async Task<FilingView> OpenAsync(string departmentId, int fiscalYear, CancellationToken cancellationToken)
    {
        if (!await db.Departments.AnyAsync(d => d.Id == departmentId, cancellationToken))
        {
            throw new FilingRuleException("filing.department-unknown", $"部门“{departmentId}”不存在。");
        }

        if (await db.Filings.AnyAsync(f => f.DepartmentId == departmentId && f.FiscalYear == fiscalYear, cancellationToken))
        {
            throw new FilingRuleException("filing.exists", $"该部门 {fiscalYear} 年度的绩效管理档案已存在。");
        }

        var now = time.GetUtcNow();
        var (filing, events) = Domain.Filings.Filing.Open(Guid.CreateVersion7(now), departmentId, fiscalYear, now);
        var snapshot = filing.ToSnapshot();
        db.Filings.Add(new FilingRecord
        {
            Id = filing.Id,
            DepartmentId = departmentId,
            FiscalYear = fiscalYear,
            Stage = snapshot.Stage.ToString(),
            State = filing.State.ToString(),
            Version = snapshot.Version,
            Snapshot = FilingSnapshotJson.Write(snapshot),
            UpdatedAt = now.UtcDateTime,
        });
        AddToOutbox(filing, events);
        await db.SaveChangesAsync(cancellationToken);
        return FilingView.Of(filing, now);
    }

    public async Task<FilingView?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var record = await db.Filings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        return record is null ? null : ToView(record);
    }

    public Task<FilingView> SubmitAsync(Guid id, string userId, CancellationToken cancellationToken) =>
        ActAsync(id, async (filing, now) =>
            filing.Submit(userId, await chains.ResolveAsync(filing.DepartmentId, filing.ActiveStage, cancellationToken), now), cancellationToken);

    public Task<FilingView> ApproveAsync(Guid id, string userId, string? comment, CancellationToken cancellationToken) =>
        ActAsync(id, (filing, now) => Task.FromResult(filing.Approve(userId, comment, now)), cancellationToken);

    public Task<FilingView> ReturnAsync(Guid id, string userId, string comment, bool toPreviousStep, CancellationToken cancellationToken) =>
        ActAsync(id, (filing, now) => Task.FromResult(filing.Return(userId, comment, toPreviousStep, now)), cancellationToken);

    public Task<FilingView> WithdrawAsync(Guid id, string userId, CancellationToken cancellationToken) =>
        ActAsync(id, (filing, now) => Task.FromResult(filing.Withdraw(userId, now)), cancellationToken);

    public Task<FilingView> TransferAsync(Guid id, string userId, string toUserId, string? comment, CancellationToken cancellationToken) =>
        ActAsync(id, (filing, now) => Task.FromResult(filing.Transfer(userId, toUserId, comment, now)), cancellationToken);

    public Task<FilingView> OpenStageAsync(Guid id, CycleStage stage, CancellationToken cancellationToken) =>
        ActAsync(id, (filing, now) => Task.FromResult(filing.OpenNextStage(stage, now)), cancellationToken);

    private async Task<FilingView> ActAsync(
        Guid id,
        Func<Domain.Filings.Filing, DateTimeOffset, Task<IReadOnlyList<IFilingEvent>>> action,
        CancellationToken cancellationToken)
    {
        var record = await db.Filings.SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
            ?? throw new ResourceNotFoundException("filing.not-found", "未找到该绩效管理档案。");
        var filing = Domain.Filings.Filing.FromSnapshot(FilingSnapshotJson.Read(record.Snapshot));
        var now = time.GetUtcNow();
        var events = await action(filing, now);

        var snapshot = filing.ToSnapshot();
        record.Stage = snapshot.Stage.ToString();
        record.State = filing.State.ToString();
        record.Version = snapshot.Version;
        record.Snapshot = FilingSnapshotJson.Write(snapshot);
        record.UpdatedAt = now.UtcDateTime;
        AddToOutbox(filing, events);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await FindAsync(id, cancellationToken);
            throw new ConcurrencyConflictException("该档案刚被其他人处理过，请查看最新状态后再操作。", current);
        }

        return FilingView.Of(filing, now);
    }

    private void AddToOutbox(Domain.Filings.Filing filing, IReadOnlyList<IFilingEvent> events)
    {
        foreach (var e in events)
        {
            var messageId = Guid.CreateVersion7(e.OccurredAt);
            var contract = FilingEventContracts.ToContract(e, filing.DepartmentId, filing.FiscalYear, messageId);
            db.OutboxMessages.Add(OutboxSerializer.ToOutbox(contract, messageId, e.OccurredAt));
        }
    }

    private static FilingView ToView(FilingRecord record) =>
        FilingView.Of(Domain.Filings.Filing.FromSnapshot(FilingSnapshotJson.Read(record.Snapshot)), new DateTimeOffset(record.UpdatedAt, TimeSpan.Zero));
}
