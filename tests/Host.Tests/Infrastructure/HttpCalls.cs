using System.Net.Http.Json;
using System.Text.Json;

namespace PerfWorkflow.Host.Tests.Infrastructure;

/// <summary>What an answer was (status, media type, JSON body when there is one), whatever the status.</summary>
public sealed record Answer(int Status, string? MediaType, string Text)
{
    public JsonElement Json => JsonDocument.Parse(Text).RootElement.Clone();

    public bool IsProblem => MediaType == "application/problem+json";

    public static async Task<Answer> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            return new Answer((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
        }
    }

    public override string ToString() => $"{Status} {MediaType} {(Text.Length > 600 ? Text[..600] + "…" : Text)}";
}

/// <summary>The calls the tests make, each answering an <see cref="Answer"/>.</summary>
public static class HttpCalls
{
    public static async Task<Answer> GetAnswerAsync(this HttpClient client, string url) => await Answer.ReadAsync(await client.GetAsync(url));

    public static async Task<Answer> SendAnswerAsync(this HttpClient client, HttpMethod method, string url, object? body) =>
        await Answer.ReadAsync(await client.SendAsync(new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) }));

    /// <summary>A body exactly as given, with the Content-Type header exactly as given (odd charsets included).</summary>
    public static async Task<Answer> SendRawAsync(this HttpClient client, HttpMethod method, string url, string? content, string? contentType)
    {
        using var request = new HttpRequestMessage(method, url);
        if (content is not null)
        {
            request.Content = new StringContent(content);
            request.Content.Headers.Remove("Content-Type");
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        return await Answer.ReadAsync(await client.SendAsync(request));
    }

    public static bool HasChinese(string? text) => text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    /// <summary>A ProblemDetails with this status and a Chinese title; returns its body.</summary>
    public static JsonElement IsProblem(Answer answer, int status, string? code = null)
    {
        Assert.True(answer.Status == status && answer.IsProblem, $"expected a {status} problem, got {answer}");
        var body = answer.Json;
        Assert.True(HasChinese(body.GetProperty("title").GetString()), $"title not Chinese: {answer}");
        if (code is not null)
        {
            Assert.Equal(code, body.GetProperty("code").GetString());
        }

        return body;
    }
}
