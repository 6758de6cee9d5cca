namespace PerfWorkflow.Filing.Persistence;

/// <summary>A person who acts on filings: their role and, for department roles, their department.</summary>
public sealed class UserRecord
{
    public required string Id { get; init; }
    public required string DisplayName { get; set; }
    public required string Role { get; set; }
    public string? DepartmentId { get; set; }
    public required string Region { get; set; }

    /// <summary>PBKDF2 hash of a local account's password (see <see cref="Organisation.PasswordHashing"/>); null for OIDC users.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Copied into every token issued; a new stamp refuses every earlier token of the account.</summary>
    public string SecurityStamp { get; set; } = string.Empty;

    /// <summary>A disabled account cannot sign in and its tokens are refused.</summary>
    public bool Disabled { get; set; }

    /// <summary>The account that made this one through the API; null for seeded, bootstrapped or older accounts.</summary>
    public string? CreatedBy { get; init; }

    public DateTime? CreatedAt { get; init; }
}
