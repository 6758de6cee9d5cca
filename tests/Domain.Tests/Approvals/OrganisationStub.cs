using PerfWorkflow.Domain.Approvals;

namespace PerfWorkflow.Domain.Tests.Approvals;

/// <summary>An organisation tree in a dictionary: (role key, department) → user ids; editable between pinnings.</summary>
internal sealed class OrganisationStub : IApprovalAssigneeResolver
{
    public Dictionary<(string RoleKey, string DepartmentId), List<string>> Holders { get; } = [];

    public OrganisationStub With(string roleKey, string departmentId, params string[] userIds)
    {
        Holders[(roleKey, departmentId)] = [.. userIds];
        return this;
    }

    public IReadOnlyList<string> AssigneesFor(string roleKey, string departmentId) =>
        Holders.TryGetValue((roleKey, departmentId), out var ids) ? ids : [];
}
