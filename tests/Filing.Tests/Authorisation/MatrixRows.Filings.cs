using PerfWorkflow.Filing.Tests.Infrastructure;
using static PerfWorkflow.Filing.Tests.Authorisation.MatrixPreparations;

namespace PerfWorkflow.Filing.Tests.Authorisation;

/// <summary>
/// The authorisation matrix: every endpoint × every role. Columns, in order: own filer, other department's filer,
/// own head, other department's head, finance division, performance office, anonymous.
/// </summary>
public static partial class MatrixRows
{
    private const Expect Y = Expect.Ok;
    private const Expect RY = Expect.OkElseRule;
    private const Expect R = Expect.Rule;
    private const Expect N = Expect.Denied;
    private const Expect H = Expect.Hidden;
    private const Expect U = Expect.Unauthenticated;

    public static IReadOnlyList<MatrixRow> All { get; } = [.. Filings(), .. Rectification(), .. FormsAndAudit(), .. Organisation()];

    private static IEnumerable<MatrixRow> Filings() =>
    [
        new("GET /api/filings", [Y, H, Y, H, Y, Y, U], At(Milestone.DeclarationDraft),
            c => c.Client.GetApiAsync("/api/filings"), ReadOnly: true,
            Shows: (t, body) => body.EnumerateArray().Any(f => f.GetProperty("id").GetGuid() == t.RequireFiling().Id)),
        new("GET /api/filings/{id:guid}", [Y, N, Y, N, Y, Y, U], At(Milestone.DeclarationDraft), c => c.Get(""), ReadOnly: true),
        new("POST /api/filings", [Y, N, N, N, N, Y, U], NoFiling,
            c => c.Client.PostJsonAsync("/api/filings", new { departmentId = c.Target.DepartmentId, fiscalYear = c.Target.FiscalYear })),
        new("POST /api/filings/{id:guid}/submit", [Y, N, N, N, N, N, U], At(Milestone.DeclarationFilled), c => c.Post("/submit", new { })),
        new("POST /api/filings/{id:guid}/withdraw", [Y, N, N, N, N, N, U], At(Milestone.DeclarationInReview), c => c.Post("/withdraw", null)),
        new("POST /api/filings/{id:guid}/approve", [N, N, Y, N, RY, RY, U], InReviewAtStepOf(Milestone.DeclarationInReview),
            c => c.Post("/approve", new { comment = "同意" })),

        // 监控 is signed off by the head and finance only: the performance office is a reviewer without a step there.
        new("POST /api/filings/{id:guid}/sign-off", [N, N, Y, N, RY, R, U], InReviewAtStepOf(Milestone.MonitoringInReview),
            c => c.Post("/sign-off", new { comment = "已核对" })),
        new("POST /api/filings/{id:guid}/return", [N, N, Y, N, RY, RY, U], InReviewAtStepOf(Milestone.DeclarationInReview),
            c => c.Post("/return", new { comment = "年度指标值与实施周期指标值的单位不一致，请修改" })),

        // The demo organisation has one head per department and puts both finance reviewers on the same step, so no
        // reviewer has a colleague to hand over to: a rule refusal for each of them, never a 403.
        new("POST /api/filings/{id:guid}/transfer", [N, N, R, N, R, R, U], At(Milestone.DeclarationInReview),
            c => c.Post("/transfer", new { toUserId = DemoOrganisation.Finance2, comment = "请代为审核" })),
        new("POST /api/filings/{id:guid}/comments", [Y, N, Y, N, Y, Y, U], At(Milestone.DeclarationInReview),
            c => c.Post("/comments", new { text = "请关注重点工作任务的资金安排" })),
        new("POST /api/filings/{id:guid}/target-adjustment", [Y, N, N, N, N, N, U], At(Milestone.DeclarationApproved),
            c => c.Post("/target-adjustment", new { reason = "年中追加预算，调整招商活动次数" })),
        new("POST /api/filings/{id:guid}/target-adjustment/cancel", [Y, N, N, N, N, N, U], AdjustingTargets,
            c => c.Post("/target-adjustment/cancel", null)),
        new("POST /api/filings/{id:guid}/score-adjustment", [N, N, N, N, N, Y, U], At(Milestone.SelfEvaluationApproved),
            c => c.Post("/score-adjustment", new { points = 85, reason = "抽查复核：部分指标完成值缺少佐证材料" })),
        new("POST /api/filings/{id:guid}/stages", [N, N, N, N, N, Y, U], At(Milestone.DeclarationApproved),
            c => c.Post("/stages", new { stage = "Monitoring" })),
    ];

    private static IEnumerable<MatrixRow> Rectification() =>
    [
        new("POST /api/filings/{id:guid}/rectifications", [N, N, N, N, Y, Y, U], At(Milestone.MonitoringDraft),
            c => c.Post("/rectifications", FilingDriver.RectificationItem())),
        new("POST /api/filings/{id:guid}/rectifications/{item:int}/submit", [Y, N, N, N, N, N, U], OpenItem,
            c => c.Post($"/rectifications/{c.Target.Item}/submit", new { evidence = "已按月调度，6月执行率提升至52%", links = new[] { "https://oa.example/整改佐证.pdf" } })),
        new("POST /api/filings/{id:guid}/rectifications/{item:int}/verify", [N, N, N, N, Y, Y, U], SubmittedItem,
            c => c.Post($"/rectifications/{c.Target.Item}/verify", new { comment = "佐证材料齐全，予以核实" })),
        new("POST /api/filings/{id:guid}/rectifications/{item:int}/reject", [N, N, N, N, Y, Y, U], SubmittedItem,
            c => c.Post($"/rectifications/{c.Target.Item}/reject", new { comment = "缺少支付凭证" })),
    ];
}
