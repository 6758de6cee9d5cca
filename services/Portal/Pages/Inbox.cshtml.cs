using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfWorkflow.Portal.Api;

namespace PerfWorkflow.Portal.Pages;

/// <summary>待办 / 已办 of the signed-in person.</summary>
public sealed class InboxModel(PortalApiClient api) : PageModel
{
    [FromQuery]
    public string? Status { get; set; } = "todo";

    [FromQuery]
    public int PageNumber { get; set; } = 1;

    public InboxPage Inbox { get; private set; } = new(0, 1, 20, []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Status = Status is "todo" or "done" ? Status : null;
        Inbox = await api.InboxAsync(Status, Math.Max(PageNumber, 1), cancellationToken);
    }
}
