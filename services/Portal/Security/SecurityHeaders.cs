namespace PerfWorkflow.Portal.Security;

/// <summary>
/// The headers every Portal answer carries. The policy allows only the Portal's own stylesheet and no script at
/// all, so markup that slips through (a stored link, a name) cannot run; pages may not be framed by anyone.
/// </summary>
public sealed class SecurityHeaders : IStartupFilter
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            return nextMiddleware(context);
        });
        next(app);
    };
}
