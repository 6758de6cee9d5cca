namespace PerfWorkflow.Domain.Filings;

/// <summary>
/// One step of an approval chain as pinned on a filing: the role it stands for (for people to read) and the
/// user ids resolved from the organisation tree when the filing entered the stage.
/// </summary>
public sealed record ApprovalStep(int Number, string Role, SignMode Mode, IReadOnlyList<string> Assignees)
{
    /// <summary>The organisation role the step was resolved from (see <c>ApprovalRoleKeys</c>), when known.</summary>
    public string? RoleKey { get; init; }

    public bool IsAssigned(string userId) => Assignees.Contains(userId, StringComparer.Ordinal);
}
