namespace PerfWorkflow.Contracts;

/// <summary>
/// The changes of a filing's cycle Workflow records in its history (<c>GET /api/workflow/filings/{id}</c>), one per
/// Filing event; the Portal prints them by these spellings.
/// </summary>
public static class CycleChanges
{
    public const string Opened = "opened";
    public const string StageOpened = "stage-opened";
    public const string Submitted = "submitted";
    public const string Returned = "returned";
    public const string Withdrawn = "withdrawn";
    public const string Approved = "approved";
}
