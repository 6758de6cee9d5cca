namespace PerfWorkflow.Notification.Persistence;

/// <summary>
/// A person as Notification knows them, kept from <c>OrganisationMemberChanged</c>: enough to find a department's
/// filers or a region's bureau reviewers and to address an e-mail.
/// </summary>
public sealed class DirectoryUser
{
    public required string UserId { get; init; }
    public required string DisplayName { get; set; }
    public required string Role { get; set; }
    public string? DepartmentId { get; set; }

    /// <summary>The department's name as Filing's organisation spells it, for the texts people read.</summary>
    public string? DepartmentName { get; set; }
    public required string Region { get; set; }
    public string? Email { get; set; }
    public required bool Active { get; set; }

    /// <summary>When the organisation last said something about this person; an older message changes nothing.</summary>
    public required DateTime ChangedAt { get; set; }
}
