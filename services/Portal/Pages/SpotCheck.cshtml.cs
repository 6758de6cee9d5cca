using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Portal.Api;
using PerfWorkflow.Portal.Dashboard;

namespace PerfWorkflow.Portal.Pages;

/// <summary>抽查复核: the approved self-evaluations of the region with their scores; the performance office adjusts a score with a reason.</summary>
public sealed class SpotCheckModel(PortalApiClient api) : PageModel
{
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    [BindProperty]
    public Guid FilingId { get; set; }

    [BindProperty]
    public string? Points { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<(string Department, FilingDto Filing)> Rows { get; private set; } = [];
    public ApiProblem? Problem { get; private set; }
    public string? Notice { get; private set; }
    public Guid? TypedFor { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Notice = TempData["notice"] as string;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAdjustAsync(CancellationToken cancellationToken)
    {
        var points = decimal.TryParse(Points?.Trim(), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : (decimal?)null;
        var (_, problem) = points is null
            ? (null, new ApiProblem(400, "请检查输入", "调整后的得分应为 0 至 100 之间的数字。", new Dictionary<string, string[]>()))
            : await api.ActAsync(FilingId, "score-adjustment", new { points, reason = Reason }, cancellationToken);
        if (problem is null)
        {
            TempData["notice"] = "已调整评分。";
            return RedirectToPage(new { year = Year });
        }

        Problem = problem;
        TypedFor = FilingId;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var departments = await api.DepartmentsAsync(cancellationToken);
        var filings = await api.FilingsAsync(Year, cancellationToken);
        Rows = filings
            .Where(f => f.Score is not null && (CycleFigures.PositionOf(f) > CycleStage.SelfEvaluation || (f.ActiveStage == nameof(CycleStage.SelfEvaluation) && f.State == "Approved")))
            .Select(f => (departments.FirstOrDefault(d => d.Id == f.DepartmentId)?.Name ?? f.DepartmentId, f))
            .OrderByDescending(r => r.f.FiscalYear).ThenBy(r => r.Item1, StringComparer.Ordinal)
            .ToList();
    }
}
