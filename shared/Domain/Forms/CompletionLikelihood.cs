namespace PerfWorkflow.Domain.Forms;

/// <summary>完成目标可能性 on a 绩效运行监控表.</summary>
public enum CompletionLikelihood
{
    /// <summary>确定能.</summary>
    Certain,

    /// <summary>有可能.</summary>
    Possible,

    /// <summary>完全不可能.</summary>
    Impossible,
}
