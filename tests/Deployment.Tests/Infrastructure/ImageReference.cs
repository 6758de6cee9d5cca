namespace PerfWorkflow.Deployment.Tests.Infrastructure;

/// <summary>An image reference taken apart: [registry/]repository[:tag][@digest].</summary>
public sealed record ImageReference(string? Registry, string Repository, string? Tag, string? Digest)
{
    public static ImageReference Parse(string image)
    {
        var at = image.IndexOf('@', StringComparison.Ordinal);
        var digest = at >= 0 ? image[(at + 1)..] : null;
        var name = at >= 0 ? image[..at] : image;
        var colon = name.LastIndexOf(':');
        var tag = colon > name.LastIndexOf('/') ? name[(colon + 1)..] : null;
        name = tag is null ? name : name[..colon];
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        var first = slash >= 0 ? name[..slash] : string.Empty;
        var hasRegistry = first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal) || first == "localhost";
        return new ImageReference(hasRegistry ? first : null, hasRegistry ? name[(slash + 1)..] : name, tag, digest);
    }
}
