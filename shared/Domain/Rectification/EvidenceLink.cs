namespace PerfWorkflow.Domain.Rectification;

/// <summary>
/// What may stand as a link to rectification evidence: an absolute http(s) address. Anything else (javascript:,
/// data:, file:, a relative path) would run or open something in the reader's browser instead of a document.
/// </summary>
public static class EvidenceLink
{
    public const int MaxLength = 2000;
    public const int MaxCount = 20;

    public static bool IsSafe(string? link) =>
        link is { Length: > 0 and <= MaxLength }
        && !link.Any(char.IsControl)
        && Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
