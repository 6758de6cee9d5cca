using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PerfWorkflow.Integration.Tests.Notification;

/// <summary>
/// Bearer tokens as Filing's local issuer makes them (HS256 with the shared Auth:SigningKey), so Notification can be
/// tested alone. Built by hand: the test checks the service's validation, not a token library's round trip. Each has
/// an id (<c>jti</c>), as Filing's do: a service refuses a token it could not revoke.
/// </summary>
public static class LocalTokens
{
    public static string For(string signingKey, string userId, string role, string? departmentId = null, string region = "广州市")
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var claims = new Dictionary<string, object> { ["sub"] = userId, ["name"] = userId, ["role"] = role, ["region"] = region, ["iss"] = "perfworkflow-local", ["aud"] = "perfworkflow", ["iat"] = now, ["nbf"] = now, ["exp"] = now + 3600, ["jti"] = Guid.NewGuid().ToString("N") };
        if (departmentId is not null)
        {
            claims["department"] = departmentId;
        }

        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
