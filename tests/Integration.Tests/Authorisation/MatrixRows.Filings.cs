using PerfWorkflow.Filing.Tests.Infrastructure;
using static PerfWorkflow.Integration.Tests.Authorisation.MatrixPreparations;

namespace PerfWorkflow.Integration.Tests.Authorisation;

/// <summary>
/// The authorisation matrix: every endpoint of every service × every role. Columns, in order (<see cref="MatrixRole"/>):
/// own filer, other department's filer, own head, other department's head, supervising reviewer, supervising
/// department's filer, finance division, performance office, another region's performance office, anonymous.
/// </summary>
public static partial class MatrixRows
{
    private const Expect Y = Expect.Ok;
    private const Expect RY = Expect.OkElseRule;
    private const Expect R = Expect.Rule;
    private const Expect N = Expect.Denied;
    private const Expect H = Expect.Hidden;
    private const Expect I = Expect.Invalid;
    private const Expect U = Expect.Unauthenticated;

    public static IReadOnlyList<MatrixRow> All { get; } =
        [.. Filings(), .. Rectification(), .. FormsAndAudit(), .. Organisation(), .. Workflow(), .. Notification(), .. Hosting()];

    private static IEnumerable<MatrixRow> Filings() =>
    [
        // The supervising department sees its secondary units' filings; the bureau its whole region, not another's.
        OnFiling("GET /api/filings", [Y, H, Y, H, Y, Y, Y, Y, H, U], At(Milestone.DeclarationDraft),
            c => c.Client.GetApiAsync("/api/filings"), ReadOnly: true,
            Shows: (t, body) => body.EnumerateArray().Any(f => f.GetProperty("id").GetGuid() == t.RequireFiling().Id)),
        OnFiling("GET /api/filings/{id:guid}", [Y, N, Y, N, Y, Y, Y, Y, N, U], At(Milestone.DeclarationDraft), c => c.Get(""), ReadOnly: true),
        OnFiling("POST /api/filings", [Y, N, N, N, N, N, N, Y, N, U], NoFiling,
            c => c.Client.PostJsonAsync("/api/filings", new { departmentId = c.Target.DepartmentId, fiscalYear = c.Target.FiscalYear })),
        OnFiling("POST /api/filings/{id:guid}/submit", [Y, N, N, N, N, N, N, N, N, U], At(Milestone.DeclarationFilled), c => c.Post("/submit", new { })),
        OnFiling("POST /api/filings/{id:guid}/withdraw", [Y, N, N, N, N, N, N, N, N, U], At(Milestone.DeclarationInReview), c => c.Post("/withdraw", null)),

        // 申报 passes head → supervising reviewer (a secondary unit's) → finance → performance office.
        OnFiling("POST /api/filings/{id:guid}/approve", [N, N, Y, N, RY, N, RY, RY, N, U], InReviewAtStepOf(Milestone.DeclarationInReview),
            c => c.Post("/approve", new { comment = "同意" })),

        // 监控 is signed off by the head and finance only: the supervising reviewer and the performance office are
        // reviewers without a step there.
        OnFiling("POST /api/filings/{id:guid}/sign-off", [N, N, Y, N, R, N, RY, R, N, U], InReviewAtStepOf(Milestone.MonitoringInReview),
            c => c.Post("/sign-off", new { comment = "已核对" })),
        OnFiling("POST /api/filings/{id:guid}/return", [N, N, Y, N, RY, N, RY, RY, N, U], InReviewAtStepOf(Milestone.DeclarationInReview),
            c => c.Post("/return", new { comment = "年度指标值与实施周期指标值的单位不一致，请修改" })),

        // Each unit has one head and one supervising reviewer, and both finance reviewers share the step, so no
        // reviewer has a colleague to hand over to: a rule refusal for each of them, never a 403.
        OnFiling("POST /api/filings/{id:guid}/transfer", [N, N, R, N, R, N, R, R, N, U], At(Milestone.DeclarationInReview),
            c => c.Post("/transfer", new { toUserId = DemoOrganisation.Finance2, comment = "请代为审核" })),
        OnFiling("POST /api/filings/{id:guid}/comments", [Y, N, Y, N, Y, Y, Y, Y, N, U], At(Milestone.DeclarationInReview),
            c => c.Post("/comments", new { text = "请关注重点工作任务的资金安排" })),
        OnFiling("POST /api/filings/{id:guid}/target-adjustment", [Y, N, N, N, N, N, N, N, N, U], At(Milestone.DeclarationApproved),
            c => c.Post("/target-adjustment", new { reason = "年中追加预算，调整招商活动次数" })),
        OnFiling("POST /api/filings/{id:guid}/target-adjustment/cancel", [Y, N, N, N, N, N, N, N, N, U], AdjustingTargets,
            c => c.Post("/target-adjustment/cancel", null)),
        OnFiling("POST /api/filings/{id:guid}/score-adjustment", [N, N, N, N, N, N, N, Y, N, U], At(Milestone.SelfEvaluationApproved),
            c => c.Post("/score-adjustment", new { points = 85, reason = "抽查复核：部分指标完成值缺少佐证材料" })),
        OnFiling("POST /api/filings/{id:guid}/stages", [N, N, N, N, N, N, N, Y, N, U], At(Milestone.DeclarationApproved),
            c => c.Post("/stages", new { stage = "Monitoring" })),
    ];

    private static IEnumerable<MatrixRow> Rectification() =>
    [
        OnFiling("POST /api/filings/{id:guid}/rectifications", [N, N, N, N, N, N, Y, Y, N, U], At(Milestone.MonitoringDraft),
            c => c.Post("/rectifications", MatrixDriver.RectificationItem())),
        OnFiling("POST /api/filings/{id:guid}/rectifications/{item:int}/submit", [Y, N, N, N, N, N, N, N, N, U], OpenItem,
            c => c.Post($"/rectifications/{c.Target.Item}/submit", new { evidence = "已按月调度，6月执行率提升至52%", links = new[] { "https://oa.example/整改佐证.pdf" } })),
        OnFiling("POST /api/filings/{id:guid}/rectifications/{item:int}/verify", [N, N, N, N, N, N, Y, Y, N, U], SubmittedItem,
            c => c.Post($"/rectifications/{c.Target.Item}/verify", new { comment = "佐证材料齐全，予以核实" })),
        OnFiling("POST /api/filings/{id:guid}/rectifications/{item:int}/reject", [N, N, N, N, N, N, Y, Y, N, U], SubmittedItem,
            c => c.Post($"/rectifications/{c.Target.Item}/reject", new { comment = "缺少支付凭证" })),
    ];

    private static MatrixRow OnFiling(
        string endpoint, Expect[] expectations, Func<MatrixDriver, MatrixRole?, Task<MatrixTarget>> prepare, Func<MatrixCall, Task<ApiResponse>> send,
        bool ReadOnly = false, Func<MatrixTarget, System.Text.Json.JsonElement, bool>? Shows = null) =>
        new(MatrixService.Filing, endpoint, expectations, prepare, send, ReadOnly, Shows);
}
