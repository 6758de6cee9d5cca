namespace PerfWorkflow.Portal.Api;

/// <summary>A service's ProblemDetails answer, as the Portal shows it next to the form that caused it.</summary>
public sealed record ApiProblem(int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]> Errors)
{
    public string Message => Detail ?? Title;
}
