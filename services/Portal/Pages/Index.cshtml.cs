using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfWorkflow.Portal.Api;

namespace PerfWorkflow.Portal.Pages;

public sealed class IndexModel(PortalApiClient api) : PageModel
{
    public int FiscalYear { get; private set; }

    public IReadOnlyList<(string Department, FilingDto? Filing)> Rows { get; private set; } = [];

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        var departments = await api.DepartmentsAsync(cancellationToken);
        var filings = await api.FilingsAsync(year, cancellationToken);
        FiscalYear = year ?? (filings.Count > 0 ? filings.Max(f => f.FiscalYear) : DateTime.UtcNow.Year + 1);
        Rows = departments
            .Select(d => (d.Name, filings.FirstOrDefault(f => f.DepartmentId == d.Id && f.FiscalYear == FiscalYear)))
            .ToList();
    }
}
