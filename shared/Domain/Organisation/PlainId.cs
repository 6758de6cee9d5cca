namespace PerfWorkflow.Domain.Organisation;

/// <summary>
/// The ids people and departments are given by hand (account names, department codes): ASCII letters, digits, '-' and
/// '_', 1 to 64 of them, so an id is safe in a URL, a log line and a token without escaping.
/// </summary>
public static class PlainId
{
    public const int MaxLength = 64;

    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
