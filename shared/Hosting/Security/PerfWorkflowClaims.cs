namespace PerfWorkflow.Hosting.Security;

/// <summary>The claims every service reads from a caller's token.</summary>
public static class PerfWorkflowClaims
{
    public const string UserId = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string DepartmentId = "department";
    public const string Region = "region";
}
