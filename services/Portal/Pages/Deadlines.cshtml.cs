using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfWorkflow.Portal.Api;

namespace PerfWorkflow.Portal.Pages;

/// <summary>
/// 绩效管理科's deadline board of a year: every department's current stage, due date, working days left or days
/// overdue, extensions and the last reminder sent; and the departments' 申请延期 to grant or refuse.
/// </summary>
public sealed class DeadlinesModel(PortalApiClient api, PortalDeadlinesClient deadlines) : PageModel
{
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    [BindProperty]
    public Guid ApplicationId { get; set; }

    [BindProperty]
    public DateOnly? GrantDate { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public int FiscalYear { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<(string Department, FilingDto? Filing, DeadlineDto? Deadline)> Rows { get; private set; } = [];
    public IReadOnlyList<ExtensionApplicationDto> Applications { get; private set; } = [];
    public ApiProblem? Problem { get; private set; }
    public string? Notice { get; private set; }
    private Dictionary<string, string> Names { get; set; } = [];

    public string NameOf(string departmentId) => Names.GetValueOrDefault(departmentId, departmentId);

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostGrantAsync(CancellationToken cancellationToken) =>
        await DecidedAsync(await deadlines.GrantAsync(ApplicationId, GrantDate, Comment?.Trim(), cancellationToken), "已批准延期，新的截止日期与提醒已生效。", cancellationToken);

    public async Task<IActionResult> OnPostRefuseAsync(CancellationToken cancellationToken) =>
        await DecidedAsync(await deadlines.RefuseAsync(ApplicationId, Comment?.Trim(), cancellationToken), "已答复不予延期。", cancellationToken);

    private async Task<IActionResult> DecidedAsync(ApiProblem? problem, string notice, CancellationToken cancellationToken)
    {
        if (problem is null)
        {
            TempData["notice"] = notice;
            return RedirectToPage(new { year = Year });
        }

        await LoadAsync(cancellationToken);
        Problem = problem;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Notice = TempData["notice"] as string;
        var departments = await api.DepartmentsAsync(cancellationToken);
        Names = departments.ToDictionary(d => d.Id, d => d.Name);
        var filings = await api.FilingsAsync(null, cancellationToken);
        Years = filings.Select(f => f.FiscalYear).Distinct().OrderDescending().ToList();
        FiscalYear = Year ?? (Years.Count > 0 ? Years[0] : DateTime.UtcNow.Year + 1);
        var board = (await deadlines.DeadlinesAsync(FiscalYear, null, cancellationToken)).ToDictionary(d => d.FilingId);
        Rows = departments
            .Select(d => filings.FirstOrDefault(f => f.DepartmentId == d.Id && f.FiscalYear == FiscalYear) is { } f
                ? (d.Name, f, board.GetValueOrDefault(f.Id))
                : (d.Name, (FilingDto?)null, (DeadlineDto?)null))
            .OrderByDescending(r => r.Item3?.DaysOverdue ?? -1)
            .ThenBy(r => r.Item3?.WorkingDaysLeft ?? int.MaxValue)
            .ToList();
        Applications = await deadlines.ApplicationsAsync(FiscalYear, null, cancellationToken);
    }
}
