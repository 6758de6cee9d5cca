namespace PerfWorkflow.Contracts;

/// <summary>
/// How deadline events name who must hear of them, when the sender does not know the people (Workflow has no
/// directory). An address is a plain user id, or one of:
/// <list type="bullet">
/// <item><c>role:{role}@{departmentId}</c> — everyone holding that role in that department (e.g. <c>role:filer@d01</c>);</item>
/// <item><c>role:{role}</c> — everyone holding that finance-bureau role (e.g. <c>role:performance-office</c>);</item>
/// <item><c>supervisor-of:{departmentId}</c> — the reviewers of the department's supervising department (主管部门).</item>
/// </list>
/// See docs/decisions/0006-deadlines-and-timers.md.
/// </summary>
public static class RecipientAddress
{
    public static string DepartmentRole(string role, string departmentId) => $"role:{role}@{departmentId}";

    public static string BureauRole(string role) => $"role:{role}";

    public static string SupervisorOf(string departmentId) => $"supervisor-of:{departmentId}";

    public static bool IsPerson(string address) =>
        !address.StartsWith("role:", StringComparison.Ordinal) && !address.StartsWith("supervisor-of:", StringComparison.Ordinal);
}
