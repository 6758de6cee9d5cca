namespace PerfWorkflow.Domain.Forms;

/// <summary>Which status changes a 整改 item may make.</summary>
public static class RectificationStatusTransitions
{
    /// <summary>
    /// open → submitted → verified / rejected; a rejected item goes back to submitted when the department files new
    /// evidence. Verified is final: reopening a verified item would hide that finance already signed it off.
    /// </summary>
    public static bool IsAllowed(RectificationStatus from, RectificationStatus to) => (from, to) switch
    {
        (RectificationStatus.Open, RectificationStatus.Submitted) => true,
        (RectificationStatus.Submitted, RectificationStatus.Verified) => true,
        (RectificationStatus.Submitted, RectificationStatus.Rejected) => true,
        (RectificationStatus.Rejected, RectificationStatus.Submitted) => true,
        _ => false,
    };
}
