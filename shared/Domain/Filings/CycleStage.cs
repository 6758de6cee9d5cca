namespace PerfWorkflow.Domain.Filings;

/// <summary>The four stages of the yearly budget-performance cycle, in the order a filing passes through them.</summary>
public enum CycleStage
{
    /// <summary>绩效目标申报: targets declared with next year's budget, approved with it (批复).</summary>
    Declaration = 1,

    /// <summary>绩效运行监控: mid-year progress of money and targets, signed off.</summary>
    Monitoring = 2,

    /// <summary>绩效自评: after the year closes, a scored self-evaluation.</summary>
    SelfEvaluation = 3,

    /// <summary>整改: every problem found is rectified and verified.</summary>
    Rectification = 4,

    /// <summary>The cycle is over for this department and year.</summary>
    Closed = 5,
}
