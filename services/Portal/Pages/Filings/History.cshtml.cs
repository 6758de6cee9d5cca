using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfWorkflow.Portal.Api;
using PerfWorkflow.Portal.Pages.Shared;

namespace PerfWorkflow.Portal.Pages.Filings;

/// <summary>A stage's submissions of one filing (from the audit trail) and the field changes between any two of them.</summary>
public sealed class HistoryModel(PortalApiClient api, PortalFormsClient forms) : PageModel
{
    [FromRoute]
    public Guid Id { get; set; }

    [FromQuery]
    public string? Stage { get; set; }

    [FromQuery]
    public int? From { get; set; }

    [FromQuery]
    public int? To { get; set; }

    public FilingDto? Filing { get; private set; }
    public ApiProblem? Problem { get; private set; }
    public IReadOnlyList<AuditEntryDto> Submissions { get; private set; } = [];
    public DiffView? Diff { get; private set; }

    public string StageKey => Stage ?? Filing?.ActiveStage ?? "Declaration";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        (Filing, Problem) = await api.FilingAsync(Id, cancellationToken);
        if (Filing is null)
        {
            Response.StatusCode = Problem?.Status switch { 403 => StatusCodes.Status403Forbidden, 404 => StatusCodes.Status404NotFound, _ => StatusCodes.Status200OK };
            return Page();
        }

        // Each submission moves the stage's form into review; the audit line records its version.
        Submissions = (await api.AuditAsync(Id, cancellationToken))
            .Where(a => a.Action is "submit" or "demo-history" && a.ToState.StartsWith($"{StageKey}:InReview", StringComparison.Ordinal) && a.FormVersion > 0)
            .GroupBy(a => a.FormVersion).Select(g => g.First()).OrderBy(a => a.FormVersion).ToList();
        var latest = Submissions.Count > 0 ? Submissions[^1].FormVersion : 0;
        var to = To ?? latest;
        var from = From ?? to - 1;
        if (from >= 1 && to >= 1 && from != to)
        {
            var (changes, problem) = await forms.DiffAsync(Id, StageKey, from, to, cancellationToken);
            var (newer, _) = await forms.FormsAsync(Id, StageKey, to, cancellationToken);
            Diff = problem is null ? new DiffView(from, to, changes, newer.GroupBy(f => f.Kind).ToDictionary(g => g.Key, g => g.First().Document)) : null;
            Problem = problem;
        }

        From = from;
        To = to;
        return Page();
    }
}
