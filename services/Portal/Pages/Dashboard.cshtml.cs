using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Portal.Api;
using PerfWorkflow.Portal.Dashboard;

namespace PerfWorkflow.Portal.Pages;

/// <summary>
/// 绩效管理科's cycle dashboard of its region and a year: per stage how many filings are draft, in review, returned,
/// done and overdue; stage progress by department, 预算完成率 from the self-evaluation forms, grade distribution;
/// CSV export. Every figure is computed from what the Filing API returns to the signed-in person.
/// </summary>
public sealed class DashboardModel(PortalApiClient api, PortalFormsClient forms, PortalDeadlinesClient deadlines) : PageModel
{
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    public int FiscalYear { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<StageCount> Counts { get; private set; } = [];
    public IReadOnlyList<DepartmentProgress> Progress { get; private set; } = [];
    public IReadOnlyList<ExecutionRate> Rates { get; private set; } = [];
    public IReadOnlyList<(string Grade, int Count)> Grades { get; private set; } = [];
    public IReadOnlyList<decimal> Scores { get; private set; } = [];
    public IReadOnlyList<(string Department, FilingDto Filing, DeadlineDto Deadline)> Overdue { get; private set; } = [];
    public int PendingExtensions { get; private set; }
    public int FilingCount { get; private set; }
    public int DepartmentsWithoutFiling { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return File(DashboardCsv.Of(Region, FiscalYear, Counts, Rates, Grades), "text/csv; charset=utf-8", $"绩效管理驾驶舱-{Region}-{FiscalYear}.csv");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Region = User.FindFirst(PerfWorkflowClaims.Region)?.Value ?? string.Empty;
        var departments = await api.DepartmentsAsync(cancellationToken);
        var all = await api.FilingsAsync(null, cancellationToken);
        Years = all.Select(f => f.FiscalYear).Distinct().OrderDescending().ToList();
        FiscalYear = Year ?? (Years.Count > 0 ? Years[0] : DateTime.UtcNow.Year + 1);
        var filings = all.Where(f => f.FiscalYear == FiscalYear).ToList();
        FilingCount = filings.Count;
        DepartmentsWithoutFiling = departments.Count(d => filings.All(f => f.DepartmentId != d.Id));
        var board = await deadlines.DeadlinesAsync(FiscalYear, null, cancellationToken);
        var overdue = board.Where(d => d.Overdue).Select(d => d.FilingId).ToHashSet();
        Counts = CycleFigures.Counts(filings, overdue);
        PendingExtensions = (await deadlines.ApplicationsAsync(FiscalYear, null, cancellationToken)).Count(a => a.IsPending);
        Grades = CycleFigures.Grades(filings);
        Scores = filings.Where(f => f.Score is not null).Select(f => f.Score!.Value).ToList();
        string NameOf(string id) => departments.FirstOrDefault(d => d.Id == id)?.Name ?? id;
        Overdue = board.Where(d => d.Overdue)
            .Select(d => (NameOf(d.DepartmentId), filings.FirstOrDefault(f => f.Id == d.FilingId), d))
            .Where(x => x.Item2 is not null).Select(x => (x.Item1, x.Item2!, x.d))
            .OrderByDescending(x => x.d.DaysOverdue).ToList();
        Progress = departments.Select(d => filings.FirstOrDefault(f => f.DepartmentId == d.Id) is { } f
            ? new DepartmentProgress(d.Name, f.ActiveStage, f.State)
            : new DepartmentProgress(d.Name, null, null)).ToList();

        var rates = new List<ExecutionRate>();
        foreach (var filing in filings.Where(f => CycleFigures.PositionOf(f) >= CycleStage.SelfEvaluation).OrderBy(f => NameOf(f.DepartmentId), StringComparer.Ordinal))
        {
            var (selfEvaluation, _) = await forms.FormsAsync(filing.Id, nameof(CycleStage.SelfEvaluation), null, cancellationToken);
            if (CycleFigures.ExecutionOf(selfEvaluation) is { } execution)
            {
                rates.Add(new ExecutionRate(filing.DepartmentId, NameOf(filing.DepartmentId), execution.Budget, execution.Executed));
            }
        }

        Rates = rates;
    }
}
