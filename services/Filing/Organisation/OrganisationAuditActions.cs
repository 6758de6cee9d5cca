namespace PerfWorkflow.Filing.Organisation;

/// <summary>What an organisation audit line records, as stored (stable codes).</summary>
public static class OrganisationAuditActions
{
    public const string DepartmentCreated = "department.created";
    public const string UserCreated = "user.created";
    public const string UserChanged = "user.changed";
    public const string ChainRevised = "chain.revised";
    public const string SignInSucceeded = "sign-in.succeeded";
    public const string SignInFailed = "sign-in.failed";
    public const string SignInLocked = "sign-in.locked";
    public const string SignedOut = "sign-out";
    public const string OwnTokensRevoked = "tokens.revoked-own";
    public const string TokensRevoked = "tokens.revoked";
}
