namespace PerfWorkflow.Domain.Tests.Filings;

/// <summary>Every action a filing offers, each run by the person who could plausibly take it.</summary>
public enum FilingAction
{
    Submit,
    SubmitWithScore,
    Approve,
    SignOff,
    ReturnToFiler,
    ReturnOneStep,
    Withdraw,
    Transfer,
    Comment,
    OpenNextStage,
    StartAdjustment,
    CancelAdjustment,
    AdjustScore,
    RaiseItem,
    SubmitItem,
    VerifyItem,
    RejectItem,
}
