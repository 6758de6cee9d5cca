using RectificationSource = PerfWorkflow.Domain.Rectification.RectificationSource;

namespace PerfWorkflow.Domain.Forms;

/// <summary>One line of a 整改清单: a problem raised, the measure, who owns it, by when, and the evidence filed.</summary>
public sealed record RectificationItem
{
    public required RectificationSource Source { get; init; }

    /// <summary>存在问题.</summary>
    public required string Problem { get; init; }

    /// <summary>整改措施.</summary>
    public string Measure { get; init; } = "";

    /// <summary>责任人/责任科室.</summary>
    public string Owner { get; init; } = "";

    /// <summary>整改时限.</summary>
    public DateOnly Deadline { get; init; }

    /// <summary>整改佐证材料 (description or reference of the evidence).</summary>
    public string Evidence { get; init; } = "";

    public RectificationStatus Status { get; init; } = RectificationStatus.Open;
}
