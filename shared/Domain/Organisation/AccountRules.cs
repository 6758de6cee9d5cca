namespace PerfWorkflow.Domain.Organisation;

/// <summary>
/// What an account must be when the performance office creates or changes it: a plain id, a name, one of the
/// <see cref="Roles"/>, a department of the region for department roles, and an initial password of some length. The
/// office may not lock itself out: it cannot disable its own account or give itself another role.
/// </summary>
public static class AccountRules
{
    public const string IdInvalid = "organisation.account-id-invalid";
    public const string DisplayNameRequired = "organisation.display-name-required";
    public const string RoleUnknown = "organisation.role-unknown";
    public const string PasswordTooShort = "organisation.password-too-short";
    public const string DepartmentRequired = "organisation.department-required";
    public const string SelfDisable = "organisation.self-disable";
    public const string SelfRoleChange = "organisation.self-role-change";

    /// <summary>For ordinary initial passwords; the bootstrap administrator, who can do everything, needs a longer one.</summary>
    public const int MinimumPasswordLength = 8;

    /// <param name="account">The account as requested.</param>
    /// <param name="departmentExists">Whether the department it names is one of the region's.</param>
    public static IReadOnlyList<OrganisationRuleViolation> ForNew(NewAccount account, bool departmentExists)
    {
        ArgumentNullException.ThrowIfNull(account);
        var violations = new List<OrganisationRuleViolation>();
        if (!PlainId.IsValid(account.Id))
        {
            violations.Add(new(IdInvalid, "id", "账号只能包含字母、数字、连字符和下划线（1–64 位）。"));
        }

        if (string.IsNullOrWhiteSpace(account.DisplayName))
        {
            violations.Add(DisplayNameMissing());
        }

        if (!Roles.IsKnown(account.Role))
        {
            violations.Add(UnknownRole());
        }

        if (account.Password is not { Length: >= MinimumPasswordLength })
        {
            violations.Add(new(PasswordTooShort, "password", $"初始密码至少 {MinimumPasswordLength} 位。"));
        }

        if (Roles.BelongsToDepartment(account.Role) && !departmentExists)
        {
            violations.Add(NoDepartment());
        }

        return violations;
    }

    /// <param name="accountId">The account changed.</param>
    /// <param name="changedBy">Who changes it (a performance office account).</param>
    /// <param name="change">The change as requested.</param>
    /// <param name="after">The account as the change leaves it (<see cref="AccountChange.ApplyTo"/>).</param>
    /// <param name="departmentExists">Whether <paramref name="after"/>'s department is one of the region's.</param>
    public static IReadOnlyList<OrganisationRuleViolation> ForChange(string accountId, string changedBy, AccountChange change, AccountSettings after, bool departmentExists)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(after);
        var self = accountId == changedBy;
        var violations = new List<OrganisationRuleViolation>();
        if (!Roles.IsKnown(after.Role))
        {
            violations.Add(UnknownRole());
        }

        if (change.DisplayName is not null && string.IsNullOrWhiteSpace(change.DisplayName))
        {
            violations.Add(DisplayNameMissing());
        }

        if (self && change.Disabled == true)
        {
            violations.Add(new(SelfDisable, "disabled", "不能停用自己的账号。"));
        }

        // The one who changes accounts is the performance office, so any other role for oneself is a demotion.
        if (self && after.Role != Roles.PerformanceOffice)
        {
            violations.Add(new(SelfRoleChange, "role", "不能改变自己的角色。"));
        }

        if (Roles.BelongsToDepartment(after.Role) && !departmentExists)
        {
            violations.Add(NoDepartment());
        }

        return violations;
    }

    private static OrganisationRuleViolation DisplayNameMissing() => new(DisplayNameRequired, "displayName", "请填写姓名。");

    private static OrganisationRuleViolation UnknownRole() =>
        new(RoleUnknown, "role", "角色应为填报人、部门负责人、主管部门、财政业务科室或绩效管理科之一。");

    private static OrganisationRuleViolation NoDepartment() => new(DepartmentRequired, "departmentId", "部门角色必须指定本地区已有的部门。");
}
