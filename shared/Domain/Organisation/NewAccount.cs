namespace PerfWorkflow.Domain.Organisation;

/// <summary>An account as the performance office asks for it: a role, a department for department roles, an initial password.</summary>
public sealed record NewAccount(string? Id, string? DisplayName, string? Role, string? DepartmentId, string? Password)
{
    /// <summary>The department the account keeps: the one named, for a department role; none for the bureau's roles.</summary>
    public string? KeptDepartmentId => Roles.BelongsToDepartment(Role) ? DepartmentId : null;
}
