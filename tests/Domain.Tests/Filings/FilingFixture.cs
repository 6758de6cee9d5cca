using System.Text.Json;
using System.Text.Json.Serialization;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Filings.Events;
using PerfWorkflow.Domain.Rectification;
using PerfWorkflow.Domain.Scoring;

namespace PerfWorkflow.Domain.Tests.Filings;

/// <summary>
/// A filing driven through the cycle with a two-step chain (部门负责人 → 财政业务科室, one person each), the
/// clock moving one hour per action, and every event kept.
/// </summary>
internal sealed class FilingFixture
{
    public const string Filer = "clerk-1";
    public const string Head = "head-1";
    public const string Finance = "finance-1";
    public const string PerformanceOffice = "perf-1";
    public static readonly DateTimeOffset Start = new(2025, 10, 15, 9, 0, 0, TimeSpan.FromHours(8));
    public static readonly EvaluationScore SelfScore = new(92.5m, PerformanceGrade.Excellent);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public FilingFixture(ApprovalChain? chain = null)
    {
        Chain = chain ?? TwoStepChain();
        Now = Start;
        var (filing, events) = Filing.Open(Guid.Parse("0199a7f0-0000-7000-8000-000000000001"), "dept-001", 2026, Now);
        Filing = filing;
        Events.AddRange(events);
    }

    public Filing Filing { get; private set; }

    public ApprovalChain Chain { get; set; }

    public DateTimeOffset Now { get; private set; }

    public List<IFilingEvent> Events { get; } = [];

    public static ApprovalChain TwoStepChain(string chainId = "region-a/2026", int version = 1) =>
        ApprovalChain.Create(chainId, version,
        [
            new ApprovalStep(1, "部门负责人", SignMode.Single, [Head]),
            new ApprovalStep(2, "财政业务科室", SignMode.Single, [Finance]),
        ]);

    public static string SnapshotJson(Filing filing) => JsonSerializer.Serialize(filing.ToSnapshot(), Json);

    public static FilingSnapshot RoundTrip(FilingSnapshot snapshot) =>
        JsonSerializer.Deserialize<FilingSnapshot>(JsonSerializer.Serialize(snapshot, Json), Json)!;

    /// <summary>Runs an action one hour after the last; keeps its events and returns them.</summary>
    public IReadOnlyList<IFilingEvent> Do(Func<Filing, DateTimeOffset, IReadOnlyList<IFilingEvent>> action)
    {
        Now = Now.AddHours(1);
        var events = action(Filing, Now);
        Events.AddRange(events);
        return events;
    }

    public FilingFixture Submit(EvaluationScore? score = null)
    {
        Do((f, now) => score is null ? f.Submit(Filer, Chain, now) : f.Submit(Filer, Chain, score, now));
        return this;
    }

    /// <summary>Approves (or, in 监控, signs off) the current step as its first assignee.</summary>
    public FilingFixture Pass()
    {
        var reviewer = CurrentReviewer;
        Do((f, now) => f.ActiveStage == CycleStage.Monitoring ? f.SignOff(reviewer, "同意", now) : f.Approve(reviewer, "同意", now));
        return this;
    }

    public FilingFixture ReturnToFiler(string comment = "指标值未量化，请修改。")
    {
        var reviewer = CurrentReviewer;
        Do((f, now) => f.Return(reviewer, comment, toPreviousStep: false, now));
        return this;
    }

    /// <summary>Submits and passes every step of the active form.</summary>
    public FilingFixture SubmitAndApprove()
    {
        Submit(Filing.ActiveStage == CycleStage.SelfEvaluation ? SelfScore : null);
        while (Filing.State == StageState.InReview)
        {
            Pass();
        }

        return this;
    }

    public FilingFixture OpenNext()
    {
        var next = Filing.Stage + 1;
        Do((f, now) => f.OpenNextStage(next, now));
        return this;
    }

    public FilingFixture StartAdjustment()
    {
        Do((f, now) => f.StartTargetAdjustment(Filer, "年中监控发现年度指标值设定偏低，申请调整。", now));
        return this;
    }

    public FilingFixture RaiseItem(RectificationSource source = RectificationSource.Audit)
    {
        Do((f, now) => f.RaiseRectification(Finance, source, "部分项目资金支出进度滞后", "加快合同签订和支付进度", "办公室 李某", DateOnly.FromDateTime(now.DateTime).AddDays(30), now));
        return this;
    }

    public FilingFixture SubmitItem(int number)
    {
        Do((f, now) => f.SubmitRectification(Filer, number, "已完成支付，附凭证。", ["https://oa.example/evidence/1"], now));
        return this;
    }

    public FilingFixture VerifyItem(int number)
    {
        Do((f, now) => f.VerifyRectification(Finance, number, "核实无误", now));
        return this;
    }

    /// <summary>Declaration approved and monitoring opened.</summary>
    public FilingFixture ToMonitoring() => SubmitAndApprove().OpenNext();

    public FilingFixture ToSelfEvaluation() => ToMonitoring().SubmitAndApprove().OpenNext();

    public FilingFixture ToRectification() => ToSelfEvaluation().SubmitAndApprove().OpenNext();

    public string CurrentReviewer =>
        Filing.CurrentStep is { } step && Filing.Chain is { } chain ? chain.Step(step).Assignees[0] : Head;

    public IReadOnlyList<T> EventsOf<T>() => Events.OfType<T>().ToList();
}
