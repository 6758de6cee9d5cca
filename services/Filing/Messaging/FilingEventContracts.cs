using PerfWorkflow.Domain.Filings;
using C = PerfWorkflow.Contracts;

namespace PerfWorkflow.Filing.Messaging;

/// <summary>Translates what the domain says happened into the messages other services hear.</summary>
public static class FilingEventContracts
{
    public static object ToContract(IFilingEvent e, string departmentId, int fiscalYear, Guid messageId) => e switch
    {
        FilingOpened o => new C.FilingOpened(messageId, o.OccurredAt, o.FilingId, departmentId, fiscalYear, nameof(CycleStage.Declaration)),
        StageOpened o => new C.StageOpened(messageId, o.OccurredAt, o.FilingId, departmentId, fiscalYear, o.Stage.ToString()),
        FormSubmitted s => new C.FilingSubmitted(messageId, s.OccurredAt, s.FilingId, departmentId, fiscalYear, s.Stage.ToString(), s.SubmittedBy, s.FormVersion, s.IsResubmission),
        ReviewRequested r => new C.ReviewRequested(messageId, r.OccurredAt, r.FilingId, departmentId, fiscalYear, r.Stage.ToString(), r.Step, r.Role, r.Mode.ToString(), r.Assignees),
        ReviewApproved a => new C.ReviewApproved(messageId, a.OccurredAt, a.FilingId, departmentId, fiscalYear, a.Stage.ToString(), a.Step, a.ApprovedBy, a.Comment, a.StepCompleted),
        FilingReturned r => new C.FilingReturned(messageId, r.OccurredAt, r.FilingId, departmentId, fiscalYear, r.Stage.ToString(), r.FromStep, r.ToStep, r.ReturnedBy, r.Comment, r.FiledBy),
        SubmissionWithdrawn w => new C.SubmissionWithdrawn(messageId, w.OccurredAt, w.FilingId, departmentId, fiscalYear, w.Stage.ToString(), w.WithdrawnBy),
        ReviewTransferred t => new C.ReviewTransferred(messageId, t.OccurredAt, t.FilingId, departmentId, fiscalYear, t.Stage.ToString(), t.Step, t.From, t.To, t.Comment),
        StageApproved a => new C.StageApproved(messageId, a.OccurredAt, a.FilingId, departmentId, fiscalYear, a.Stage.ToString(), a.FiledBy),
        CommentAdded c => new C.CommentAdded(messageId, c.OccurredAt, c.FilingId, departmentId, fiscalYear, c.Stage.ToString(), c.FormVersion, c.Step, c.By, c.Text),
        SignOffRecorded o => new C.SignOffRecorded(messageId, o.OccurredAt, o.FilingId, departmentId, fiscalYear, o.Stage.ToString(), o.Step, o.Role, o.SignedBy, o.Comment, o.StepCompleted),
        SelfScoreRecorded s => new C.SelfScoreRecorded(messageId, s.OccurredAt, s.FilingId, departmentId, fiscalYear, s.FormVersion, s.Points, s.Grade.ToString()),
        ScoreAdjusted a => new C.ScoreAdjusted(messageId, a.OccurredAt, a.FilingId, departmentId, fiscalYear, a.OldPoints, a.OldGrade.ToString(), a.NewPoints, a.NewGrade.ToString(), a.AdjustedBy, a.Reason),
        TargetAdjustmentStarted t => new C.TargetAdjustmentStarted(messageId, t.OccurredAt, t.FilingId, departmentId, fiscalYear, t.Revision, t.RequestedBy, t.Reason),
        TargetAdjustmentCancelled t => new C.TargetAdjustmentCancelled(messageId, t.OccurredAt, t.FilingId, departmentId, fiscalYear, t.Revision, t.CancelledBy),
        TargetAdjustmentApproved t => new C.TargetAdjustmentApproved(messageId, t.OccurredAt, t.FilingId, departmentId, fiscalYear, t.Revision, t.FormVersion, t.FiledBy),
        RectificationRaised r => new C.RectificationRaised(messageId, r.OccurredAt, r.FilingId, departmentId, fiscalYear, r.ItemNumber, r.Source.ToString(), r.Problem, r.Measure, r.Owner, r.Deadline, r.RaisedBy),
        RectificationSubmitted r => new C.RectificationSubmitted(messageId, r.OccurredAt, r.FilingId, departmentId, fiscalYear, r.ItemNumber, r.SubmittedBy, r.Evidence, r.EvidenceLinks),
        RectificationVerified r => new C.RectificationVerified(messageId, r.OccurredAt, r.FilingId, departmentId, fiscalYear, r.ItemNumber, r.VerifiedBy, r.Comment),
        RectificationRejected r => new C.RectificationRejected(messageId, r.OccurredAt, r.FilingId, departmentId, fiscalYear, r.ItemNumber, r.RejectedBy, r.Reason),
        _ => throw new InvalidOperationException($"No contract for {e.GetType().Name}."),
    };
}
