namespace PerfWorkflow.Domain.Forms;

/// <summary>State of a 整改 item: open → submitted → verified or rejected (a rejected item is submitted again).</summary>
public enum RectificationStatus
{
    /// <summary>待整改.</summary>
    Open,

    /// <summary>已提交整改材料.</summary>
    Submitted,

    /// <summary>财政已核实.</summary>
    Verified,

    /// <summary>财政退回.</summary>
    Rejected,
}
