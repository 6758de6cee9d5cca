using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Approvals;

/// <summary>
/// One step of a chain definition: which role signs and how several holders of it decide.
/// <paramref name="SkipWhenVacant"/> leaves the step out for departments where nobody holds the role
/// (主管部门 exists only for secondary units); any other vacant role refuses the chain.
/// </summary>
public sealed record ApprovalStepDefinition(string RoleKey, SignMode Mode, bool SkipWhenVacant = false)
{
    public string RoleName => ApprovalRoleKeys.NameOf(RoleKey);
}
