using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace PerfWorkflow.Hosting.Web;

/// <summary>
/// JSON is UTF-8 (RFC 8259): a JSON body declared in another or an unknown charset (utf-7, bogus) is refused with a
/// Chinese 415 before any endpoint tries to read it (the framework's reader throws on it, which would be a 500).
/// A quoted "utf-8" means the same as utf-8 and is passed on unquoted.
/// </summary>
public sealed class JsonCharsetGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var request = context.Request;
        if (request.ContentType is { } contentType
            && MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            && mediaType.MediaType.Value is { } type
            && (type.EndsWith("/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
            && mediaType.Charset.HasValue)
        {
            var charset = mediaType.Charset.Value!.Trim().Trim('"').Trim();
            if (!charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status415UnsupportedMediaType,
                        Title = "请求格式不正确",
                        Detail = "JSON 请求必须使用 UTF-8 编码（Content-Type: application/json; charset=utf-8）。",
                        Extensions = { ["code"] = "request.charset" },
                    },
                });
                return;
            }

            mediaType.Charset = "utf-8";
            request.ContentType = mediaType.ToString();
        }

        await next(context);
    }
}
