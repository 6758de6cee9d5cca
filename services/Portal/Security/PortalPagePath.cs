namespace PerfWorkflow.Portal.Security;

/// <summary>
/// Route constraint for the Portal's fallback: a path a person types or follows in the browser, not an API, health,
/// OpenAPI or asset path. An unknown page path gets the Chinese 404 page; an unknown API path keeps its ProblemDetails.
/// </summary>
public sealed class PortalPagePath : IRouteConstraint
{
    public const string Name = "portalpage";

    private static readonly string[] ServicePrefixes = ["api/", "health/", "openapi/", "assets/"];

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        var path = values.TryGetValue(routeKey, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;
        return !ServicePrefixes.Any(prefix => path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || path.Equals(prefix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
    }
}
