namespace PerfWorkflow.Domain.Organisation;

/// <summary>
/// Who keeps the region's organisation: only the performance office (绩效管理科) creates departments, creates and
/// changes accounts of every role, and revises approval chains. Everyone else is refused before their request is read.
/// </summary>
public static class OrganisationPermissions
{
    public const string MaintainDenied = "organisation.denied";
    public const string ReviseChainDenied = "chain.revise-denied";

    /// <summary>Null when <paramref name="role"/> may create departments and create or change accounts (of any role).</summary>
    public static OrganisationRuleViolation? CheckMaintainer(string role) =>
        role == Roles.PerformanceOffice ? null : new(MaintainDenied, string.Empty, "只有绩效管理科可以维护组织机构和账号。");

    /// <summary>Null when <paramref name="role"/> may revise the region's approval chains.</summary>
    public static OrganisationRuleViolation? CheckChainReviser(string role) =>
        role == Roles.PerformanceOffice ? null : new(ReviseChainDenied, string.Empty, "只有绩效管理科可以修改审批链。");
}
