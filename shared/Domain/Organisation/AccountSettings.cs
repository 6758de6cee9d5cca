namespace PerfWorkflow.Domain.Organisation;

/// <summary>What the performance office may change about an account.</summary>
public sealed record AccountSettings(string DisplayName, string Role, string? DepartmentId, bool Disabled)
{
    /// <summary>
    /// Whether tokens issued under <paramref name="before"/> must stop working: a new role, another department or a
    /// disabled account makes what they say untrue. A new display name does not.
    /// </summary>
    public bool OutdatesTokensOf(AccountSettings before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return Role != before.Role || DepartmentId != before.DepartmentId || Disabled != before.Disabled;
    }
}
