namespace PerfWorkflow.Filing.Persistence;

/// <summary>A person who acts on filings: their role and, for department roles, their department.</summary>
public sealed class UserRecord
{
    public required string Id { get; init; }
    public required string DisplayName { get; set; }
    public required string Role { get; set; }
    public string? DepartmentId { get; set; }
    public required string Region { get; set; }
}
