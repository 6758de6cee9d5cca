using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfWorkflow.Portal.Api;

namespace PerfWorkflow.Portal.Pages;

/// <summary>The filings the signed-in person may see, of one year: stage, state, due date and who reviews now.</summary>
public sealed class IndexModel(PortalApiClient api, PortalDeadlinesClient deadlines) : PageModel
{
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    public int FiscalYear { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public int TodoCount { get; private set; }

    public IReadOnlyList<(string Department, FilingDto? Filing)> Rows { get; private set; } = [];

    private Dictionary<Guid, DeadlineDto> Deadlines { get; set; } = [];

    public DeadlineDto? DeadlineOf(Guid filingId) => Deadlines.GetValueOrDefault(filingId);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var departments = await api.DepartmentsAsync(cancellationToken);
        var filings = await api.FilingsAsync(null, cancellationToken);
        TodoCount = (await api.InboxAsync("todo", 1, cancellationToken)).Total;
        Years = filings.Select(f => f.FiscalYear).Distinct().OrderDescending().ToList();
        FiscalYear = Year ?? (Years.Count > 0 ? Years[0] : DateTime.UtcNow.Year + 1);
        Rows = departments
            .Select(d => (d.Name, filings.FirstOrDefault(f => f.DepartmentId == d.Id && f.FiscalYear == FiscalYear)))
            .ToList();
        Deadlines = (await deadlines.DeadlinesAsync(FiscalYear, null, cancellationToken)).ToDictionary(d => d.FilingId);
    }
}
