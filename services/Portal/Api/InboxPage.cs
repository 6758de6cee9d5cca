namespace PerfWorkflow.Portal.Api;

public sealed record InboxPage(int Total, int Page, int PageSize, IReadOnlyList<InboxItemDto> Items);
