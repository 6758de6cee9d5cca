using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PerfWorkflow.Portal.Api;

namespace PerfWorkflow.Portal.Pages;

/// <summary>
/// The signed-in person's messages: 待办, 已办 (notices included), 未读, or 全部; reminders with their due date. Opening
/// a filing marks its entries read (see the filing page).
/// </summary>
public sealed class InboxModel(PortalApiClient api) : PageModel
{
    [FromQuery]
    public string? Status { get; set; }

    [FromQuery]
    public int PageNumber { get; set; } = 1;

    public InboxPage Inbox { get; private set; } = new(0, 1, 20, []);

    public int UnreadCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Status = Status is "todo" or "done" or "unread" ? Status : null;
        var page = Math.Max(PageNumber, 1);
        Inbox = Status == "unread" ? await api.UnreadAsync(page, cancellationToken) : await api.InboxAsync(Status, page, cancellationToken);
        UnreadCount = Status == "unread" ? Inbox.Total : (await api.UnreadAsync(1, cancellationToken)).Total;
    }
}
