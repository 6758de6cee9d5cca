namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// A 整改清单 row's status as written on the list, 已退回 included. The item's life in the system is the filing's
/// (<see cref="Rectification.RectificationItem"/> with <see cref="Rectification.RectificationStatus"/>: a rejection
/// sends it back to open, with the reason on record).
/// </summary>
public enum RectificationListRowStatus
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
