namespace PerfWorkflow.Workflow.Persistence;

/// <summary>The spellings of <see cref="ExtensionApplication.Status"/>.</summary>
public static class ExtensionApplicationStatuses
{
    public const string Pending = "pending";
    public const string Granted = "granted";
    public const string Refused = "refused";
}
