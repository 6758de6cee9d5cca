namespace PerfWorkflow.Domain.Organisation;

/// <summary>A change to an account: what is given changes, what is omitted stays.</summary>
public sealed record AccountChange(string? DisplayName, string? Role, string? DepartmentId, bool? Disabled)
{
    /// <summary>
    /// The account after the change. An account whose role acts for no department keeps none, whatever was given;
    /// one that does keeps its department unless another is given.
    /// </summary>
    public AccountSettings ApplyTo(AccountSettings current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var role = Role ?? current.Role;
        return new AccountSettings(
            DisplayName?.Trim() ?? current.DisplayName,
            role,
            Roles.BelongsToDepartment(role) ? DepartmentId ?? current.DepartmentId : null,
            Disabled ?? current.Disabled);
    }
}
