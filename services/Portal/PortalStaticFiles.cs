namespace PerfWorkflow.Portal;

/// <summary>
/// The Portal's stylesheet, embedded in the assembly and served at /portal.css: the Content-Security-Policy forbids
/// inline styles, and an embedded file serves the same from the Host, a Portal replica or a test server.
/// </summary>
public static class PortalStaticFiles
{
    public const string StylesheetPath = "/portal.css";

    private static readonly Lazy<byte[]> Stylesheet = new(() =>
    {
        using var stream = typeof(PortalStaticFiles).Assembly.GetManifestResourceStream("PerfWorkflow.Portal.Static.portal.css")
            ?? throw new InvalidOperationException("portal.css is not embedded in the Portal assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(StylesheetPath, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(Stylesheet.Value, "text/css; charset=utf-8");
        }).AllowAnonymous().ExcludeFromDescription();
}
