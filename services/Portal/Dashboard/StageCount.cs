namespace PerfWorkflow.Portal.Dashboard;

/// <summary>How many of a year's filings are where in one stage. Overdue stays 0 until Workflow provides due dates.</summary>
public sealed record StageCount(string Stage, int Draft, int InReview, int Returned, int Done, int Overdue)
{
    public int Total => Draft + InReview + Returned + Done;
}
