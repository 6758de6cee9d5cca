namespace PerfWorkflow.Domain.Filings;

/// <summary>Where the current stage's form stands in its approval chain.</summary>
public enum StageState
{
    /// <summary>草稿: the department is filling the form.</summary>
    Draft = 1,

    /// <summary>审核中: waiting on the chain step <see cref="Filing.CurrentStep"/>.</summary>
    InReview = 2,

    /// <summary>退回修改: returned to the filer (or one step back) with a comment.</summary>
    Returned = 3,

    /// <summary>已批复 / 已签认: every step signed; the cycle moves on when the next stage opens.</summary>
    Approved = 4,
}
