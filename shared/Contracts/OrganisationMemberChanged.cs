namespace PerfWorkflow.Contracts;

/// <summary>
/// A person of the organisation was added or changed (role, department and its name, region, name, e-mail), or left (Active false).
/// Unlike the filing events it names no filing: services that must find people by department or role (Notification)
/// keep their own directory from these. The newest OccurredAt wins.
/// </summary>
public sealed record OrganisationMemberChanged(
    Guid MessageId,
    DateTimeOffset OccurredAt,
    string UserId,
    string DisplayName,
    string Role,
    string? DepartmentId,
    string Region,
    string? Email,
    bool Active,
    string? DepartmentName = null);
