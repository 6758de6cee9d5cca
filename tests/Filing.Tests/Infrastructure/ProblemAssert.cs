using System.Text.Json;

namespace PerfWorkflow.Filing.Tests.Infrastructure;

/// <summary>Checks that an error left as the API promises: ProblemDetails, a Chinese message, a stable code.</summary>
public static class ProblemAssert
{
    public static bool HasChinese(string? text) => text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    /// <summary>A ProblemDetails answer with this status, a Chinese title and (when given) this code; returns the body.</summary>
    public static JsonElement IsProblem(ApiResponse response, int status, string? code = null)
    {
        Assert.True(response.Code == status, $"expected {status}, got {response}");
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.True(HasChinese(response.Body.GetProperty("title").GetString()), $"title not Chinese: {response}");
        if (code is not null)
        {
            Assert.Equal(code, response.Body.GetProperty("code").GetString());
        }

        return response.Body;
    }

    /// <summary>A 422 rule refusal: its code, and a detail a Chinese clerk can read.</summary>
    public static JsonElement IsRuleRefusal(ApiResponse response, string code)
    {
        var body = IsProblem(response, 422, code);
        Assert.True(HasChinese(body.GetProperty("detail").GetString()), $"detail not Chinese: {response}");
        return body;
    }

    /// <summary>A 400 with a Chinese message for each named field.</summary>
    /// <summary>A 400 with a Chinese message for each named field.</summary>
    public static JsonElement HasFieldErrors(ApiResponse response, params string[] fields) => HasFieldErrors(response, 400, fields);

    /// <summary>A field-level answer with another status: 422 for a value out of bounds, 413 for an upload too large.</summary>
    public static JsonElement HasFieldErrors(ApiResponse response, int status, params string[] fields)
    {
        var body = IsProblem(response, status);
        var errors = body.GetProperty("errors");
        foreach (var field in fields)
        {
            Assert.True(errors.TryGetProperty(field, out var messages), $"no message for '{field}': {response}");
            Assert.All(messages.EnumerateArray(), m => Assert.True(HasChinese(m.GetString()), $"'{field}' message not Chinese: {m}"));
        }

        return body;
    }

    /// <summary>403 or 404: the caller learns nothing of the filing, in Chinese.</summary>
    public static void IsDenied(ApiResponse response)
    {
        Assert.True(response.Code is 403 or 404, $"expected 403/404, got {response}");
        IsProblem(response, response.Code);
        Assert.True(HasChinese(response.Body.GetProperty("detail").GetString()), $"detail not Chinese: {response}");
    }
}
