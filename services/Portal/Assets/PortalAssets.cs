using System.Reflection;

namespace PerfWorkflow.Portal.Assets;

/// <summary>
/// The Portal's stylesheets and scripts (wwwroot, embedded in the assembly) at <c>/assets/…</c>: the Portal runs inside
/// the Host or on its own, and either way its files travel with its assembly. Files, never inline code, so the
/// Content-Security-Policy can forbid inline scripts and styles.
/// </summary>
public static class PortalAssets
{
    private static readonly Assembly Assembly = typeof(PortalAssets).Assembly;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/assets/{**path}", (string path, HttpContext context) =>
        {
            var contentType = Path.GetExtension(path) switch
            {
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                _ => null,
            };
            var stream = contentType is null || path.Contains("..", StringComparison.Ordinal) ? null : Assembly.GetManifestResourceStream("wwwroot/" + path);
            if (stream is null)
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Stream(stream, contentType);
        }).AllowAnonymous().ExcludeFromDescription();
}
