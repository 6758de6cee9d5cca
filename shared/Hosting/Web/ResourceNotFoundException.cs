namespace PerfWorkflow.Hosting.Web;

/// <summary>What was asked for does not exist, or is not the caller's to see: the API answers 404 either way.</summary>
public sealed class ResourceNotFoundException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
