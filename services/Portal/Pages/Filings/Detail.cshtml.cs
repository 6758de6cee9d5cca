using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Portal.Api;

namespace PerfWorkflow.Portal.Pages.Filings;

/// <summary>One filing: where it stands, what the signed-in person may do with it, and how it got here.</summary>
public sealed class DetailModel(PortalApiClient api) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public bool ToPreviousStep { get; set; }

    [BindProperty]
    public string? ToUserId { get; set; }

    public FilingDto? Filing { get; private set; }
    public string? DepartmentName { get; private set; }
    public IReadOnlyList<StageChangeDto> History { get; private set; } = [];
    public ApiProblem? Problem { get; private set; }
    public string? Notice { get; private set; }

    private string? UserId => User.FindFirst(PerfWorkflowClaims.UserId)?.Value;

    public bool CanFile => Filing is { State: "Draft" or "Returned", Stage: not "Closed" }
        && User.FindFirst(PerfWorkflowClaims.Role)?.Value == Roles.Filer
        && User.FindFirst(PerfWorkflowClaims.DepartmentId)?.Value == Filing.DepartmentId;

    public bool CanWithdraw => Filing is { State: "InReview" } && CanFileRole;

    public bool IsAssignee => Filing is { State: "InReview" } && UserId is { } id && Filing.CurrentAssignees.Contains(id);

    private bool CanFileRole => User.FindFirst(PerfWorkflowClaims.Role)?.Value == Roles.Filer
        && User.FindFirst(PerfWorkflowClaims.DepartmentId)?.Value == Filing?.DepartmentId;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Filing is null && Problem?.Status == 403 ? Forbidden() : Page();
    }

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) => ActAsync("submit", new { }, "已提交，等待审核。", ct);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) => ActAsync("withdraw", new { }, "已撤回，可继续修改。", ct);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => ActAsync("approve", new { comment = Comment }, "已审核通过。", ct);

    public Task<IActionResult> OnPostReturnAsync(CancellationToken ct) =>
        ActAsync("return", new { comment = Comment, toPreviousStep = ToPreviousStep }, "已退回修改。", ct);

    public Task<IActionResult> OnPostTransferAsync(CancellationToken ct) =>
        ActAsync("transfer", new { toUserId = ToUserId, comment = Comment }, "已转办。", ct);

    private async Task<IActionResult> ActAsync(string action, object body, string notice, CancellationToken cancellationToken)
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
    }

    private IActionResult Forbidden()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
