using PerfWorkflow.Domain.Rectification;

namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// One row of a 整改清单 as a filed form: a problem raised, the measure, who owns it, by when, and the evidence filed.
/// The item the filing tracks through verification is <see cref="Rectification.RectificationItem"/>.
/// </summary>
public sealed record RectificationListRow
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

    public RectificationListRowStatus Status { get; init; } = RectificationListRowStatus.Open;
}
