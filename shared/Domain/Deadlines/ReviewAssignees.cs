namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// Who a review limit still waits on. In a 会签 step each signer who approves drops out; a transfer hands one
/// assignee's place to another (once, however often the new one is named).
/// </summary>
public static class ReviewAssignees
{
    public static IReadOnlyList<string> AfterSignature(IReadOnlyList<string> assignees, string signer) =>
        [.. assignees.Where(a => a != signer)];

    public static IReadOnlyList<string> AfterTransfer(IReadOnlyList<string> assignees, string from, string to)
    {
        var remaining = assignees.Where(a => a != from).ToList();
        if (!remaining.Contains(to))
        {
            remaining.Add(to);
        }

        return remaining;
    }
}
