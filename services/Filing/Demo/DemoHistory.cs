using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Organisation;

namespace PerfWorkflow.Filing.Demo;

/// <summary>
/// Brings a demo filing of an earlier year to the stage its seed belongs to. Those earlier stages were approved on
/// paper before the system existed, so there are no documents to gate them: the domain is driven directly, each
/// step by the person the pinned chain names, and every step is audited as such ("demo-history").
/// </summary>
public sealed class DemoHistory(FilingStore store, ApprovalChainResolver chains, TimeProvider time)
{
    private const string Note = "演示数据：系统上线前已线下完成";

    public async Task BringToStageAsync(Guid filingId, string filer, CycleStage target, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (record, filing) = await store.LoadAsync(filingId, cancellationToken);
            if (filing.Stage >= target)
            {
                return;
            }

            var now = time.GetUtcNow();
            var from = FilingStore.Describe(filing);
            IReadOnlyList<IFilingEvent> events;
            string actor;
            if (filing.State is StageState.Draft or StageState.Returned)
            {
                actor = filer;
                events = filing.Submit(filer, await chains.ResolveAsync(filing.DepartmentId, filing.FiscalYear, filing.ActiveStage, cancellationToken), now);
            }
            else if (filing.State == StageState.InReview)
            {
                actor = filing.Chain!.Step(filing.CurrentStep!.Value).Assignees[0];
                events = filing.Stage == CycleStage.Monitoring ? filing.SignOff(actor, Note, now) : filing.Approve(actor, Note, now);
            }
            else
            {
                actor = Domain.Filings.Filing.SystemActor;
                events = filing.OpenNextStage(filing.Stage + 1, now);
            }

            await store.CommitAsync(record, filing, events, actor, "demo-history", from, Note, null, now, cancellationToken);
            store.Db.ChangeTracker.Clear();
        }
    }
}
