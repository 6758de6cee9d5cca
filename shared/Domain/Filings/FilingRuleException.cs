namespace PerfWorkflow.Domain.Filings;

/// <summary>
/// The one way a filing refuses an action: a stable code for machines and a Simplified Chinese message for people.
/// The filing is left exactly as it was.
/// </summary>
public sealed class FilingRuleException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
