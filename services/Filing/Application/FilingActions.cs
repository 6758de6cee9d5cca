using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Filing.Messaging;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Outbox;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Application;

/// <summary>
/// Thin wiring around the <see cref="Domain.Filings.Filing"/> aggregate: load it, let it decide, and store the new
/// snapshot together with its events (as outbox rows) in one transaction, only if nobody changed it meanwhile.
/// </summary>
public sealed class FilingActions(FilingDbContext db, ApprovalChainResolver chains, TimeProvider time)
{
    public async Task<FilingView> OpenAsync(CurrentUser? user, string departmentId, int fiscalYear, CancellationToken cancellationToken)
    {
        var department = await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == departmentId, cancellationToken)
            ?? throw new FilingRuleException("filing.department-unknown", $"部门“{departmentId}”不存在。");
        if (user is not null && (!FilingAccess.CanOpenFiling(user, departmentId) || user.Region != department.Region))
        {
            throw new AccessDeniedException("filing.open-denied", "只有本部门填报人或绩效管理科可以建立绩效管理档案。");
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

    /// <summary>The filing, when it exists; refused when the caller may not see it.</summary>
    public async Task<FilingView?> FindAsync(CurrentUser? user, Guid id, CancellationToken cancellationToken)
    {
        var record = await db.Filings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        await RequireVisibleAsync(user, record.DepartmentId, cancellationToken);
        return ToView(record);
    }

    public Task<FilingView> SubmitAsync(CurrentUser user, Guid id, CancellationToken cancellationToken) =>
        ActAsync(user, id, async (filing, now) =>
        {
            if (!FilingAccess.CanFileFor(user, filing.DepartmentId))
            {
                throw new AccessDeniedException("filing.submit-denied", "只有本部门的填报人可以提交。");
            }

            return filing.Submit(user.UserId, await chains.ResolveAsync(filing.DepartmentId, filing.ActiveStage, cancellationToken), now);
        }, cancellationToken);

    public Task<FilingView> WithdrawAsync(CurrentUser user, Guid id, CancellationToken cancellationToken) =>
        ActAsync(user, id, (filing, now) => FilingAccess.CanFileFor(user, filing.DepartmentId)
            ? Task.FromResult(filing.Withdraw(user.UserId, now))
            : throw new AccessDeniedException("filing.withdraw-denied", "只有本部门的填报人可以撤回。"), cancellationToken);

    public Task<FilingView> ApproveAsync(CurrentUser user, Guid id, string? comment, CancellationToken cancellationToken) =>
        ActAsync(user, id, (filing, now) => Task.FromResult(filing.Approve(user.UserId, comment, now)), cancellationToken);

    public Task<FilingView> ReturnAsync(CurrentUser user, Guid id, string comment, bool toPreviousStep, CancellationToken cancellationToken) =>
        ActAsync(user, id, (filing, now) => Task.FromResult(filing.Return(user.UserId, comment, toPreviousStep, now)), cancellationToken);

    public Task<FilingView> TransferAsync(CurrentUser user, Guid id, string toUserId, string? comment, CancellationToken cancellationToken) =>
        ActAsync(user, id, async (filing, now) =>
        {
            var colleague = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == toUserId, cancellationToken);
            if (colleague is null || colleague.Role != user.Role || colleague.Region != user.Region || colleague.DepartmentId != user.DepartmentId)
            {
                throw new FilingRuleException("review.transfer-not-colleague", "只能转办给同一部门、同一岗位的同事。");
            }

            return filing.Transfer(user.UserId, toUserId, comment, now);
        }, cancellationToken);

    /// <summary>Opens a stage on the Workflow service's request (no person acts: the calendar does).</summary>
    public Task<FilingView> OpenStageAsync(Guid id, CycleStage stage, CancellationToken cancellationToken) =>
        ActAsync(null, id, (filing, now) => Task.FromResult(filing.OpenNextStage(stage, now)), cancellationToken);

    private async Task RequireVisibleAsync(CurrentUser? user, string departmentId, CancellationToken cancellationToken)
    {
        if (user is null)
        {
            return;
        }

        var department = await db.Departments.AsNoTracking().SingleAsync(d => d.Id == departmentId, cancellationToken);
        if (!FilingAccess.CanSee(user, department.Region, department.Id, department.SupervisingDepartmentId))
        {
            throw new AccessDeniedException("filing.not-visible", "您无权查看其他部门的绩效管理档案。");
        }
    }

    private async Task<FilingView> ActAsync(
        CurrentUser? user,
        Guid id,
        Func<Domain.Filings.Filing, DateTimeOffset, Task<IReadOnlyList<IFilingEvent>>> action,
        CancellationToken cancellationToken)
    {
        var record = await db.Filings.SingleOrDefaultAsync(f => f.Id == id, cancellationToken)
            ?? throw new ResourceNotFoundException("filing.not-found", "未找到该绩效管理档案。");
        await RequireVisibleAsync(user, record.DepartmentId, cancellationToken);
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
            var current = await FindAsync(null, id, cancellationToken);
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
