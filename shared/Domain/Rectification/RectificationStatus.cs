namespace PerfWorkflow.Domain.Rectification;

/// <summary>Where one rectification item stands. A rejection sends it back to <see cref="Open"/> with a reason.</summary>
public enum RectificationStatus
{
    /// <summary>待整改.</summary>
    Open = 1,

    /// <summary>已提交整改材料, waiting on finance.</summary>
    Submitted = 2,

    /// <summary>已核实: finance accepted the evidence.</summary>
    Verified = 3,
}
