namespace PerfWorkflow.Domain.Filings;

/// <summary>What happened to a stage form, as its history records it.</summary>
public enum FormAction
{
    /// <summary>The stage opened (or a 绩效目标调整 reopened the declaration).</summary>
    Opened = 1,
    Submitted = 2,
    Resubmitted = 3,
    Approved = 4,

    /// <summary>监控 签认.</summary>
    SignedOff = 5,

    /// <summary>退回修改 to the filer.</summary>
    Returned = 6,

    /// <summary>退回 one step back in the chain.</summary>
    ReturnedToPreviousStep = 7,

    /// <summary>撤回 by the filer before anyone decided.</summary>
    Withdrawn = 8,

    /// <summary>转办.</summary>
    Transferred = 9,

    /// <summary>A 绩效目标调整 was given up and the approved declaration restored.</summary>
    AdjustmentCancelled = 10,
}
