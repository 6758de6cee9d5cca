using PerfWorkflow.Contracts;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Filings.Events;

namespace PerfWorkflow.Filing.Messaging;

/// <summary>
/// Translates what the domain says happened into the messages other services hear: each domain event maps to the
/// contract of its name without the <c>Event</c> suffix (docs/decisions/0008-domain-event-names.md).
/// </summary>
public static class FilingEventContracts
{
    public static object ToContract(IFilingEvent e, string departmentId, int fiscalYear, Guid messageId) => e switch
    {
        FilingOpenedEvent o => new FilingOpened(messageId, o.OccurredAt, o.FilingId, departmentId, fiscalYear, nameof(CycleStage.Declaration)),
        StageOpenedEvent o => new StageOpened(messageId, o.OccurredAt, o.FilingId, departmentId, fiscalYear, o.Stage.ToString()),
        FilingSubmittedEvent s => new FilingSubmitted(messageId, s.OccurredAt, s.FilingId, departmentId, fiscalYear, s.Stage.ToString(), s.SubmittedBy, s.FormVersion, s.IsResubmission),
        ReviewRequestedEvent r => new ReviewRequested(messageId, r.OccurredAt, r.FilingId, departmentId, fiscalYear, r.Stage.ToString(), r.Step, r.Role, r.Mode.ToString(), r.Assignees),
        ReviewApprovedEvent a => new ReviewApproved(messageId, a.OccurredAt, a.FilingId, departmentId, fiscalYear, a.Stage.ToString(), a.Step, a.ApprovedBy, a.Comment, a.StepCompleted),
        FilingReturnedEvent r => new FilingReturned(messageId, r.OccurredAt, r.FilingId, departmentId, fiscalYear, r.Stage.ToString(), r.FromStep, r.ToStep, r.ReturnedBy, r.Comment, r.FiledBy),
        SubmissionWithdrawnEvent w => new SubmissionWithdrawn(messageId, w.OccurredAt, w.FilingId, departmentId, fiscalYear, w.Stage.ToString(), w.WithdrawnBy),
        ReviewTransferredEvent t => new ReviewTransferred(messageId, t.OccurredAt, t.FilingId, departmentId, fiscalYear, t.Stage.ToString(), t.Step, t.From, t.To, t.Comment),
        StageApprovedEvent a => new StageApproved(messageId, a.OccurredAt, a.FilingId, departmentId, fiscalYear, a.Stage.ToString(), a.FiledBy),
        CommentAddedEvent c => new CommentAdded(messageId, c.OccurredAt, c.FilingId, departmentId, fiscalYear, c.Stage.ToString(), c.FormVersion, c.Step, c.By, c.Text),
        SignOffRecordedEvent o => new SignOffRecorded(messageId, o.OccurredAt, o.FilingId, departmentId, fiscalYear, o.Stage.ToString(), o.Step, o.Role, o.SignedBy, o.Comment, o.StepCompleted),
        SelfScoreRecordedEvent s => new SelfScoreRecorded(messageId, s.OccurredAt, s.FilingId, departmentId, fiscalYear, s.FormVersion, s.Points, s.Grade.ToString()),
        ScoreAdjustedEvent a => new ScoreAdjusted(messageId, a.OccurredAt, a.FilingId, departmentId, fiscalYear, a.OldPoints, a.OldGrade.ToString(), a.NewPoints, a.NewGrade.ToString(), a.AdjustedBy, a.Reason),
        TargetAdjustmentStartedEvent t => new TargetAdjustmentStarted(messageId, t.OccurredAt, t.FilingId, departmentId, fiscalYear, t.Revision, t.RequestedBy, t.Reason),
        TargetAdjustmentCancelledEvent t => new TargetAdjustmentCancelled(messageId, t.OccurredAt, t.FilingId, departmentId, fiscalYear, t.Revision, t.CancelledBy),
        TargetAdjustmentApprovedEvent t => new TargetAdjustmentApproved(messageId, t.OccurredAt, t.FilingId, departmentId, fiscalYear, t.Revision, t.FormVersion, t.FiledBy),
        RectificationRaisedEvent r => new RectificationRaised(messageId, r.OccurredAt, r.FilingId, departmentId, fiscalYear, r.ItemNumber, r.Source.ToString(), r.Problem, r.Measure, r.Owner, r.Deadline, r.RaisedBy),
        RectificationSubmittedEvent r => new RectificationSubmitted(messageId, r.OccurredAt, r.FilingId, departmentId, fiscalYear, r.ItemNumber, r.SubmittedBy, r.Evidence, r.EvidenceLinks),
        RectificationVerifiedEvent r => new RectificationVerified(messageId, r.OccurredAt, r.FilingId, departmentId, fiscalYear, r.ItemNumber, r.VerifiedBy, r.Comment),
        RectificationRejectedEvent r => new RectificationRejected(messageId, r.OccurredAt, r.FilingId, departmentId, fiscalYear, r.ItemNumber, r.RejectedBy, r.Reason),
        _ => throw new InvalidOperationException($"No contract for {e.GetType().Name}."),
    };
}
