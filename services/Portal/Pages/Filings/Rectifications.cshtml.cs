using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfWorkflow.Portal.Api;
using PerfWorkflow.Portal.Security;

namespace PerfWorkflow.Portal.Pages.Filings;

/// <summary>
/// 整改 items of a filing: the department submits evidence (text and links; the Filing API stores no files, so no
/// upload), the finance bureau raises items and verifies or rejects each one.
/// </summary>
public sealed class RectificationsModel(PortalApiClient api) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public int Item { get; set; }

    [BindProperty]
    public string? Evidence { get; set; }

    [BindProperty]
    public string? Links { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public string? Problem { get; set; }

    [BindProperty]
    public string? Measure { get; set; }

    [BindProperty]
    public string? Owner { get; set; }

    [BindProperty]
    public DateOnly? Deadline { get; set; }

    public FilingDto? Filing { get; private set; }
    public ApiProblem? Refusal { get; private set; }
    public string? Notice { get; private set; }

    /// <summary>The item whose form holds what was typed when the service refused it (0: the raise form).</summary>
    public int? TypedFor { get; private set; }

    public bool IsFiler => Filing is not null && User.IsFilerOf(Filing.DepartmentId);

    public bool IsBureau => User.IsBureau();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        (Filing, Refusal) = await api.FilingAsync(Id, cancellationToken);
        Notice = TempData["notice"] as string;
        return Respond();
    }

    public Task<IActionResult> OnPostEvidenceAsync(CancellationToken ct)
    {
        var links = (Links ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return ActAsync($"rectifications/{Item}/submit", new { evidence = Evidence, links }, "整改材料已提交，等待财政局核实。", Item, ct);
    }

    public Task<IActionResult> OnPostVerifyAsync(CancellationToken ct) =>
        ActAsync($"rectifications/{Item}/verify", new { comment = Comment }, "已核实该整改事项。", Item, ct);

    public Task<IActionResult> OnPostRejectAsync(CancellationToken ct) =>
        ActAsync($"rectifications/{Item}/reject", new { comment = Comment }, "已退回该整改事项。", Item, ct);

    public Task<IActionResult> OnPostRaiseAsync(CancellationToken ct) =>
        ActAsync("rectifications", new { source = Source, problem = Problem, measure = Measure, owner = Owner, deadline = Deadline }, "已提出整改事项。", 0, ct);

    private async Task<IActionResult> ActAsync(string action, object body, string notice, int typedFor, CancellationToken cancellationToken)
    {
        var (_, problem) = await api.ActAsync(Id, action, body, cancellationToken);
        if (problem is null)
        {
            TempData["notice"] = notice;
            return RedirectToPage(new { id = Id });
        }

        (Filing, _) = await api.FilingAsync(Id, cancellationToken);
        Refusal = problem;
        TypedFor = typedFor;
        return Respond();
    }

    private IActionResult Respond()
    {
        if (Refusal?.Status == 403)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        else if (Filing is null && Refusal?.Status == 404)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
