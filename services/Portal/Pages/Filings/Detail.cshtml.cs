using CycleStageNames = PerfWorkflow.Domain.Filings.CycleStageNames;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfWorkflow.Portal.Api;
using PerfWorkflow.Portal.Pages.Shared;
using PerfWorkflow.Portal.Security;

namespace PerfWorkflow.Portal.Pages.Filings;

/// <summary>
/// One filing: where it stands, what the signed-in person may do with it, and how it got here. For the reviewer of
/// the current step it is the review page: the submitted form with its findings and what changed since the previous
/// submission, beside approve / return / transfer (sign-off for 监控).
/// </summary>
public sealed class DetailModel(PortalApiClient api, PortalFormsClient forms, PortalDeadlinesClient deadlines, PortalDirectoryClient directory) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public bool ToPreviousStep { get; set; }

    [BindProperty]
    public string? ToUserId { get; set; }

    [BindProperty]
    public DateOnly? ExtensionDate { get; set; }

    [BindProperty]
    public string? ExtensionReason { get; set; }

    public DeadlineDto? Deadline { get; private set; }
    public PeopleNames People { get; private set; } = PeopleNames.None;
    public IReadOnlyList<ExtensionApplicationDto> Applications { get; private set; } = [];

    /// <summary>The department's filer or head may ask for more time while the form is with them and none is pending.</summary>
    public bool CanApplyForExtension => Filing is { State: "Draft" or "Returned" } && Deadline is { DueDate: not null }
        && User.DepartmentId() == Filing.DepartmentId && User.Role() is Domain.Organisation.Roles.Filer or Domain.Organisation.Roles.DepartmentHead
        && !Applications.Any(a => a.IsPending && a.Stage == Deadline.Stage);

    /// <summary>Which of the three review forms the typed comment belongs to, so a refusal shows it where it was typed.</summary>
    public string? TypedIn { get; private set; }

    public FilingDto? Filing { get; private set; }
    public string? DepartmentName { get; private set; }
    public IReadOnlyList<StageChangeDto> History { get; private set; } = [];
    public IReadOnlyList<AuditEntryDto> Audit { get; private set; } = [];
    public IReadOnlyList<FormDto> SubmittedForms { get; private set; } = [];
    public DiffView? Diff { get; private set; }
    public ApiProblem? Problem { get; private set; }
    public string? Notice { get; private set; }

    public bool CanFile => Filing is { State: "Draft" or "Returned", Stage: not "Closed" } && User.IsFilerOf(Filing.DepartmentId);

    /// <summary>The filer's declaration stage has no 部门整体预算绩效目标申报表 yet: offer to start it online, not only by import.</summary>
    public bool CanStartDeclaration { get; private set; }

    /// <summary>The declaration stage is the filer's and has no 项目支出绩效目标表 yet: it may be started online.</summary>
    public bool CanStartProjectTable { get; private set; }

    public bool CanWithdraw => Filing is { State: "InReview" } && User.IsFilerOf(Filing.DepartmentId);

    public bool IsAssignee => Filing is { State: "InReview" } && User.UserId() is { } id && Filing.CurrentAssignees.Contains(id);

    public bool IsMonitoring => Filing?.ActiveStage == "Monitoring";

    /// <summary>
    /// The stage the performance office may open now, by hand, ahead of the cycle calendar: the one after an approved
    /// 申报, 监控 or 自评 (Workflow opens it on its start date otherwise).
    /// </summary>
    public string? NextStage => User.IsPerformanceOffice() && Filing is { State: "Approved", IsAdjustingTargets: false }
        ? Filing.Stage switch { "Declaration" => "Monitoring", "Monitoring" => "SelfEvaluation", "SelfEvaluation" => "Rectification", _ => null }
        : null;

    /// <summary>Where the filer fills in the active stage: the online editors of 监控 and 自评, the form page otherwise.</summary>
    public string FillPath => Filing?.ActiveStage switch
    {
        "Monitoring" => $"/Filings/{Id}/Monitoring",
        "SelfEvaluation" => $"/Filings/{Id}/SelfEvaluation",
        var stage => $"/Filings/{Id}/Form/{stage}",
    };

    /// <summary>The comment the latest 退回修改 carried, while the form is still returned.</summary>
    public AuditEntryDto? LatestReturn => Filing?.State == "Returned" ? Audit.LastOrDefault(a => a.Action.StartsWith("return", StringComparison.Ordinal)) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Filing is null && Problem?.Status == 404)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Filing is null && Problem?.Status == 403 ? Forbidden() : Page();
    }

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => ActAsync("submit", new { }, "已提交，等待审核。", null, ct);

    /// <summary>开启下一阶段: the stage after the one the filing is in now; the Filing API refuses it when not the office's to open.</summary>
    public async Task<IActionResult> OnPostOpenStageAsync(CancellationToken ct)
    {
        (Filing, _) = await api.FilingAsync(Id, ct);
        var next = NextStage;
        return await ActAsync("stages", new { stage = next ?? string.Empty }, next is null ? string.Empty : $"已开启{CycleStageNames.OfKey(next)}阶段。", null, ct);
    }

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) => ActAsync("withdraw", new { }, "已撤回，可继续修改。", null, ct);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => ActAsync("approve", new { comment = Comment }, "已审核通过。", "approve", ct);

    public Task<IActionResult> OnPostSignOffAsync(CancellationToken ct) => ActAsync("sign-off", new { comment = Comment }, "已签认。", "approve", ct);

    public Task<IActionResult> OnPostReturnAsync(CancellationToken ct) =>
        ActAsync("return", new { comment = Comment, toPreviousStep = ToPreviousStep }, ToPreviousStep ? "已退回上一步审核人。" : "已退回填报单位修改。", "return", ct);

    public Task<IActionResult> OnPostTransferAsync(CancellationToken ct) =>
        ActAsync("transfer", new { toUserId = ToUserId?.Trim(), comment = Comment }, "已转办。", "transfer", ct);

    public async Task<IActionResult> OnPostApplyExtensionAsync(CancellationToken cancellationToken)
    {
        var problem = await deadlines.ApplyAsync(Id, ExtensionDate, ExtensionReason?.Trim(), cancellationToken);
        if (problem is null)
        {
            TempData["notice"] = "延期申请已提交，等待绩效管理科答复。";
            return RedirectToPage(new { id = Id });
        }

        await LoadAsync(cancellationToken);
        Problem = problem;
        return problem.Status == 403 ? Forbidden() : Page();
    }

    private async Task<IActionResult> ActAsync(string action, object body, string notice, string? typedIn, CancellationToken cancellationToken)
    {
        var (_, problem) = await api.ActAsync(Id, action, body, cancellationToken);
        if (problem is null)
        {
            TempData["notice"] = notice;
            return RedirectToPage(new { id = Id });
        }

        // Keep what the person typed and show why it was refused next to the form.
        await LoadAsync(cancellationToken);
        Problem = problem;
        TypedIn = typedIn;
        return problem.Status == 403 ? Forbidden() : Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        (Filing, Problem) = await api.FilingAsync(Id, cancellationToken);
        Notice = TempData["notice"] as string;
        if (Filing is null)
        {
            return;
        }

        DepartmentName = (await api.DepartmentsAsync(cancellationToken)).FirstOrDefault(d => d.Id == Filing.DepartmentId)?.Name ?? Filing.DepartmentId;
        History = await api.HistoryAsync(Id, cancellationToken);
        Deadline = (await deadlines.DeadlinesAsync(null, Id, cancellationToken)).FirstOrDefault();
        Applications = await deadlines.ApplicationsAsync(null, Id, cancellationToken);
        People = await directory.PeopleAsync(cancellationToken);

        // Opening the filing is reading what the inbox said about it.
        foreach (var unread in (await api.UnreadAsync(1, cancellationToken)).Items.Where(i => i.FilingId == Id))
        {
            await api.MarkReadAsync(unread.Id, cancellationToken);
        }
        Audit = await api.AuditAsync(Id, cancellationToken);
        if (Filing.FormVersion > 0 && Filing.State != "Draft")
        {
            (SubmittedForms, _) = await forms.FormsAsync(Id, Filing.ActiveStage, Filing.FormVersion, cancellationToken);
        }

        if (CanFile && Filing.ActiveStage == "Declaration")
        {
            var (drafts, problem) = await forms.FormsAsync(Id, "Declaration", null, cancellationToken);
            CanStartDeclaration = problem is null && drafts.All(d => d.Kind != FormModel.DeclarationKind);
            CanStartProjectTable = problem is null && drafts.All(d => d.Kind != FormModel.ProjectTableKind);
        }

        if (Filing.FormVersion > 1)
        {
            var (changes, problem) = await forms.DiffAsync(Id, Filing.ActiveStage, Filing.FormVersion - 1, Filing.FormVersion, cancellationToken);
            Diff = problem is null ? new DiffView(Filing.FormVersion - 1, Filing.FormVersion, changes, SubmittedForms.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.First().Document)) : null;
        }
    }

    private PageResult Forbidden()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
