namespace PerfWorkflow.Notification.Messaging;

/// <summary>
/// The kinds of inbox item, as the inbox API answers them (<c>kind</c>) and its filter takes them. To-dos are closed
/// by kind, so each spelling lives here once.
/// </summary>
public static class InboxKinds
{
    public const string ReviewRequested = "review-requested";
    public const string Returned = "returned";
    public const string Approved = "approved";
    public const string Comment = "comment";
    public const string StageOpened = "stage-opened";
    public const string SelfScore = "self-score";
    public const string ScoreAdjusted = "score-adjusted";
    public const string TargetAdjustment = "target-adjustment";
    public const string TargetAdjustmentApproved = "target-adjustment-approved";
    public const string TargetAdjustmentCancelled = "target-adjustment-cancelled";
    public const string Rectification = "rectification";
    public const string RectificationReview = "rectification-review";
    public const string RectificationVerified = "rectification-verified";
    public const string RectificationRejected = "rectification-rejected";
    public const string DeadlineApproaching = "deadline-approaching";
    public const string DeadlineMissed = "deadline-missed";
    public const string DeadlineEscalated = "deadline-escalated";
    public const string DeadlineExtended = "deadline-extended";
    public const string ReviewOverdue = "review-overdue";
}
