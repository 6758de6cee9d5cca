using PerfWorkflow.Domain.Audit;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Filings.Events;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Filing.Telemetry;

namespace PerfWorkflow.Filing.Grains;

/// <summary>
/// The single writer of one filing. A command runs against a copy of the in-memory filing; only when its
/// transaction has committed does the copy become the activation's state. Orleans runs one call at a time per
/// activation, so commands on one filing are serial; the version check in <see cref="FilingGrainStore"/> guards the
/// rare second activation (two silos that do not share a directory): the loser reloads and answers a retryable
/// conflict.
/// </summary>
public sealed class FilingGrain(FilingGrainStore store, AuditKeys keys, IServiceScopeFactory scopes, TimeProvider time, ILogger<FilingGrain> logger) : Grain, IFilingGrain
{
    private const int RememberedAnswers = 32;
    private const string DemoNote = "演示数据：系统上线前已线下完成";

    private readonly Dictionary<(string User, string Key), (string Action, FilingView View)> _answers = [];
    private readonly Queue<(string User, string Key)> _answerOrder = new();
    private Domain.Filings.Filing? _filing;
    private DateTimeOffset _updatedAt;
    private AuditEntry? _lastAudit;
    private StageFormSet _forms = new([]);
    private FormMovers _movers = new([]);

    private Guid Id => this.GetPrimaryKey();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        FilingMetrics.GrainActivations.Add(1);
        return LoadAsync(cancellationToken);
    }

    public async Task<FilingReply> Open(string departmentId, int fiscalYear, string actor)
    {
        if (_filing is not null)
        {
            return Refused(RefusalKind.Rule, "filing.exists", $"该部门 {fiscalYear} 年度的绩效管理档案已存在。");
        }

        var now = time.GetUtcNow();
        Domain.Filings.Filing opened;
        IReadOnlyList<IFilingEvent> events;
        try
        {
            (opened, events) = Domain.Filings.Filing.Open(Id, departmentId, fiscalYear, now);
        }
        catch (FilingRuleException ex)
        {
            return Refused(RefusalKind.Rule, ex.Code, ex.Message);
        }

        var filing = Compacted(opened);
        var line = (await keys.ChainAsync(CancellationToken.None)).Append(null, Id, actor, "open", null, FilingStore.Describe(filing), null, 0, now);
        if (!await store.InsertAsync(filing.ToSnapshot(), filing.State, events, line, now, CancellationToken.None))
        {
            return Refused(RefusalKind.Rule, "filing.exists", $"该部门 {fiscalYear} 年度的绩效管理档案已存在。");
        }

        (_filing, _updatedAt, _lastAudit) = (filing, now, line);
        return new FilingReply(FilingView.Of(filing, now));
    }

    public async Task<FilingReply> View() =>
        await CurrentAsync() is { } filing ? new FilingReply(FilingView.Of(filing, _updatedAt)) : new FilingReply(null);

    public async Task<FilingReply> Act(FilingCommand command)
    {
        if (command.IdempotencyKey is { } key && _answers.TryGetValue((command.Actor, key), out var answered))
        {
            return answered.Action == command.Action ? new FilingReply(answered.View) : KeyReused();
        }

        if (await CurrentAsync() is not { } current)
        {
            return NotFound();
        }

        var now = time.GetUtcNow();
        var working = Domain.Filings.Filing.FromSnapshot(current.ToSnapshot());
        var fromState = FilingStore.Describe(working);
        IReadOnlyList<IFilingEvent> events;
        (IReadOnlyList<FormRecord> Marked, IReadOnlyList<FormRecord> Added) forms = ([], []);
        try
        {
            if (command.Action == "submit")
            {
                var form = _forms.RequireSubmittable(working.ActiveStage);
                var chain = await ResolveChainAsync(working);
                events = FilingDecisions.Submit(working, command, chain, form.Document, now);
                forms = StageFormSet.Submitted(form, working.FormVersion, command.Actor, now);
            }
            else
            {
                if (command.Action is "approve" or "sign-off")
                {
                    await RequireIndependentAsync(command.Actor, working.ActiveStage, now);
                }

                events = FilingDecisions.Decide(working, command, now);
            }
        }
        catch (FilingRuleException ex)
        {
            // A retry of a request that was answered (possibly by an earlier activation) gets that answer, even
            // though the filing has moved on and would now refuse it.
            return await PriorAnswerAsync(command) ?? Refused(RefusalKind.Rule, ex.Code, ex.Message);
        }

        var comment = command.Action == "open-stage" ? command.Stage : command.Comment;
        return await CommitAsync(current, working, command.Actor, command.Action, fromState, comment, command.IdempotencyKey, events, forms, now);
    }

    public async Task<FormReply> SaveForm(FormSave save)
    {
        if (await CurrentAsync() is not { } filing)
        {
            return new FormReply([], NotFound().Refusal);
        }

        if (filing.State is not (StageState.Draft or StageState.Returned))
        {
            return new FormReply([], new Refusal(RefusalKind.Rule, "form.not-editable", $"表单当前为“{StageStateNames.Of(filing.State)}”，不能修改。"));
        }

        var stage = Enum.Parse<CycleStage>(save.Stage);
        if (stage != filing.ActiveStage)
        {
            return new FormReply([], new Refusal(RefusalKind.Rule, "form.wrong-stage", $"该表单属于“{CycleStageNames.Of(stage)}”阶段，当前办理的是“{CycleStageNames.Of(filing.ActiveStage)}”。"));
        }

        var now = time.GetUtcNow();
        var record = new FormRecord
        {
            FilingId = Id,
            Stage = save.Stage,
            FormKind = save.Kind,
            Revision = _forms.NextRevision(save.Stage, save.Kind),
            Document = save.Document,
            Findings = save.Findings,
            SavedAt = now.UtcDateTime,
            SavedBy = save.SavedBy,
        };
        var state = FilingStore.Describe(filing);
        var line = (await keys.ChainAsync(CancellationToken.None))
            .Append(_lastAudit, Id, save.SavedBy, save.Action, state, state, $"{save.Kind}#{record.Revision}", filing.FormVersion, now);
        CommitOutcome outcome;
        try
        {
            outcome = await store.SaveFormAsync(record, line, filing.Version, CancellationToken.None);
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }

        if (outcome == CommitOutcome.Stale)
        {
            return new FormReply([], (await StaleAsync()).Refusal);
        }

        _forms.Remember(record);
        _lastAudit = line;
        return new FormReply([record]);
    }

    public async Task<FormReply> CurrentForms(string stage) =>
        await CurrentAsync() is null ? new FormReply([], NotFound().Refusal) : new FormReply(_forms.Of(Enum.Parse<CycleStage>(stage)));

    public async Task<FilingReply> BringToStageForDemo(string filer, string targetStage)
    {
        var target = Enum.Parse<CycleStage>(targetStage);
        while (await CurrentAsync() is { } current && current.Stage < target)
        {
            var now = time.GetUtcNow();
            var working = Domain.Filings.Filing.FromSnapshot(current.ToSnapshot());
            var fromState = FilingStore.Describe(working);
            string actor;
            IReadOnlyList<IFilingEvent> events;
            if (working.State is StageState.Draft or StageState.Returned)
            {
                actor = filer;
                events = working.Submit(filer, await ResolveChainAsync(working), now);
            }
            else if (working.State == StageState.InReview)
            {
                actor = working.Chain!.Step(working.CurrentStep!.Value).Assignees[0];
                events = working.Stage == CycleStage.Monitoring ? working.SignOff(actor, DemoNote, now) : working.Approve(actor, DemoNote, now);
            }
            else
            {
                actor = Domain.Filings.Filing.SystemActor;
                events = working.OpenNextStage(working.Stage + 1, now);
            }

            var reply = await CommitAsync(current, working, actor, "demo-history", fromState, DemoNote, null, events, ([], []), now);
            if (reply.Refusal is not null)
            {
                return reply;
            }
        }

        return await View();
    }

    private async Task<FilingReply> CommitAsync(
        Domain.Filings.Filing current,
        Domain.Filings.Filing working,
        string actor,
        string action,
        string fromState,
        string? comment,
        string? idempotencyKey,
        IReadOnlyList<IFilingEvent> events,
        (IReadOnlyList<FormRecord> Marked, IReadOnlyList<FormRecord> Added) forms,
        DateTimeOffset now)
    {
        var next = Compacted(working);
        var view = FilingView.Of(next, now);
        var line = (await keys.ChainAsync(CancellationToken.None)).Append(_lastAudit, Id, actor, action, fromState, FilingStore.Describe(next), comment, next.FormVersion, now);
        CommitOutcome outcome;
        try
        {
            outcome = await store.CommitAsync(
                new FilingCommit(next.ToSnapshot(), current.Version, next.State, events, line, view, idempotencyKey, forms.Marked, forms.Added, now),
                CancellationToken.None);
        }
        catch
        {
            // The transaction may or may not have committed: only the database knows, so the next call reloads.
            DeactivateOnIdle();
            throw;
        }

        switch (outcome)
        {
            case CommitOutcome.Committed:
                FilingMetrics.Transitions.Add(1, new KeyValuePair<string, object?>("action", action));
                (_filing, _updatedAt, _lastAudit) = (next, now, line);
                _movers.Record(action, fromState, actor);
                foreach (var form in forms.Marked.Concat(forms.Added))
                {
                    _forms.Remember(form);
                }

                Remember(actor, idempotencyKey, action, view);
                return new FilingReply(view);
            case CommitOutcome.KeyUsed:
                return await PriorAnswerAsync(new FilingCommand { Action = action, Actor = actor, IdempotencyKey = idempotencyKey }) ?? await StaleAsync();
            default:
                return await StaleAsync();
        }
    }

    /// <summary>Another activation committed first: this one's memory is stale, so it reloads and refuses (retryable).</summary>
    private async Task<FilingReply> StaleAsync()
    {
        logger.LogWarning("Filing {FilingId}: the stored version moved under this activation; reloading", Id);
        await LoadAsync(CancellationToken.None);
        return new FilingReply(
            _filing is null ? null : FilingView.Of(_filing, _updatedAt),
            new Refusal(RefusalKind.Conflict, "concurrency.conflict", "该档案刚被其他人处理过，请查看最新状态后再操作。"));
    }

    private async Task<FilingReply?> PriorAnswerAsync(FilingCommand command)
    {
        if (command.IdempotencyKey is null || await store.PriorAnswerAsync(command.Actor, command.IdempotencyKey, CancellationToken.None) is not { } prior)
        {
            return null;
        }

        // '' is an answer stored before actions were kept: its filing is all that can be checked.
        return prior.FilingId == Id && (prior.Action.Length == 0 || prior.Action == command.Action)
            ? new FilingReply(prior.View)
            : KeyReused();
    }

    private static FilingReply KeyReused() =>
        Refused(RefusalKind.Rule, "idempotency.key-reused", "该请求标识（Idempotency-Key）已用于另一项操作或另一份档案，请为新的操作生成新的标识。");

    private void Remember(string actor, string? key, string action, FilingView view)
    {
        if (key is null || !_answers.TryAdd((actor, key), (action, view)))
        {
            return;
        }

        _answerOrder.Enqueue((actor, key));
        if (_answerOrder.Count > RememberedAnswers)
        {
            _answers.Remove(_answerOrder.Dequeue());
        }
    }

    /// <summary>The filing in memory; an activation that found no row looks again (the id may have been opened since).</summary>
    private async Task<Domain.Filings.Filing?> CurrentAsync()
    {
        if (_filing is null)
        {
            await LoadAsync(CancellationToken.None);
        }

        return _filing;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var (record, lastAudit, latestForms, movers) = await store.LoadAsync(Id, cancellationToken);
        _filing = record is null ? null : Compacted(Domain.Filings.Filing.FromSnapshot(FilingSnapshotJson.Read(record.Snapshot)));
        _updatedAt = record is null ? default : new DateTimeOffset(record.UpdatedAt, TimeSpan.Zero);
        _lastAudit = lastAudit;
        _forms = new StageFormSet(latestForms);
        _movers = movers;
        _answers.Clear();
        _answerOrder.Clear();
    }

    /// <summary>
    /// 审核通过 / 签认 is refused when the decider and someone who already moved this stage's form answer to the same
    /// person (ADR 0007). Checked here, in the filing's one turn, against exactly the decisions made so far.
    /// </summary>
    private async Task RequireIndependentAsync(string decider, CycleStage stage, DateTimeOffset now)
    {
        var movers = _movers.Of(stage);
        if (movers.Count == 0)
        {
            return;
        }

        var origins = await store.RecentAccountOriginsAsync(movers.Append(decider), now - SeparationOfDuties.Probation, CancellationToken.None);
        SeparationOfDuties.RequireIndependent(decider, movers, id => origins.GetValueOrDefault(id), now);
    }

    private async Task<ApprovalChain> ResolveChainAsync(Domain.Filings.Filing filing)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApprovalChainResolver>()
            .ResolveAsync(filing.DepartmentId, filing.FiscalYear, filing.ActiveStage, CancellationToken.None);
    }

    private static Domain.Filings.Filing Compacted(Domain.Filings.Filing filing) =>
        Domain.Filings.Filing.FromSnapshot(FilingSnapshotJson.Compact(filing.ToSnapshot()));

    private static FilingReply NotFound() => Refused(RefusalKind.NotFound, "filing.not-found", "未找到该绩效管理档案。");

    private static FilingReply Refused(RefusalKind kind, string code, string message) => new(null, new Refusal(kind, code, message));
}
