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
        _ => throw new InvalidOperationException($"No contract for {e.GetType().Name}."),
    };
}
