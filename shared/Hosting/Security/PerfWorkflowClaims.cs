namespace PerfWorkflow.Hosting.Security;

/// <summary>The claims every service reads from a caller's token.</summary>
public static class PerfWorkflowClaims
{
    public const string UserId = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string DepartmentId = "department";
    public const string Region = "region";

    /// <summary>A local token's own id: what a sign-out revokes.</summary>
    public const string TokenId = "jti";

    /// <summary>The account's security stamp when the token was issued: a new stamp refuses the token.</summary>
    public const string SecurityStamp = "sst";
}
