namespace PerfWorkflow.Domain.Filings;

/// <summary>How the signers of one chain step decide.</summary>
public enum SignMode
{
    /// <summary>One named signer.</summary>
    Single = 1,

    /// <summary>会签: every assignee must approve; one return sends it back.</summary>
    All = 2,

    /// <summary>或签: the first assignee to decide decides for the step.</summary>
    Any = 3,
}
