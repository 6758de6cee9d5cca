namespace PerfWorkflow.Filing.Tests.Api;

/// <summary>
/// A malformed request: who sends it, where (<c>{filing}</c> stands for the test filing's URL), the body exactly
/// as sent (null for none), and the answer expected: status, code, and the fields that must carry a message.
/// </summary>
public sealed record BadRequest(
    string Name,
    string Sender,
    string Method,
    string Url,
    string? Json,
    int Status,
    string? Code = null,
    string[]? Fields = null,
    string MediaType = "application/json")
{
    public override string ToString() => Name;
}
