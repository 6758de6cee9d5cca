namespace PerfWorkflow.Hosting.Web;

/// <summary>The caller is known but may not do this: the API answers 403 with the reason in Chinese.</summary>
public sealed class AccessDeniedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
