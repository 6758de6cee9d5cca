namespace PerfWorkflow.Domain.Approvals;

/// <summary>
/// Answers from the organisation tree who holds a role for a department (its own head, its supervising
/// department's reviewers, the finance division in charge of it). The service implements it over data it loaded.
/// </summary>
public interface IApprovalAssigneeResolver
{
    IReadOnlyList<string> AssigneesFor(string roleKey, string departmentId);
}
