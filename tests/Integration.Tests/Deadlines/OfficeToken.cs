using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PerfWorkflow.Integration.Tests.Deadlines;

/// <summary>
/// A local HS256 token for the performance office, signed with the services' shared Auth:SigningKey, so the test can
/// call Workflow's API without running Filing (which issues tokens normally). Valid across the simulated year and
/// the real present alike, since services check lifetimes on different clocks.
/// </summary>
public static class OfficeToken
{
    public static string For(string signingKey, string region) =>
        Sign(signingKey, new Dictionary<string, object>
        {
            ["sub"] = "perf-office",
            ["name"] = "绩效管理科",
            ["role"] = "performance-office",
            ["region"] = region,
            ["iss"] = "perfworkflow-local",
            ["aud"] = "perfworkflow",
            ["nbf"] = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(),
            ["iat"] = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(),
            ["exp"] = new DateTimeOffset(2035, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(),
            // An id, as Filing gives every token: a service refuses a token it could not revoke.
            ["jti"] = Guid.NewGuid().ToString("N"),
        });

    private static string Sign(string key, Dictionary<string, object> claims)
    {
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
