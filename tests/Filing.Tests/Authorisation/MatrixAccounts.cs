using System.Net.Http.Headers;
using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Filing.Tests.Authorisation;

/// <summary>
/// Calls of the matrix that revoke tokens. The matrix keeps one token per demo account, so these never revoke it:
/// a sign-out uses a token of its own, and "revoke all" acts on a new account of the caller's role and department.
/// </summary>
public static class MatrixAccounts
{
    private const string Password = "Matrix@2026";

    /// <summary>Signs the caller in again and signs that token out.</summary>
    public static async Task<ApiResponse> LogoutAsync(MatrixCall c) => c.UserId is null
        ? await c.Client.PostJsonAsync("/api/auth/logout", null)
        : await SendAsync(c.Client, HttpMethod.Post, "/api/auth/logout", await TokenAsync(c.Client, c.UserId, DemoOrganisation.Password));

    /// <summary>A twin of the caller (same role and department, made by the performance office) revokes all its tokens.</summary>
    public static async Task<ApiResponse> RevokeAllAsync(MatrixCall c)
    {
        if (c.UserId is null)
        {
            return await c.Client.PostJsonAsync("/api/auth/tokens/revoke-all", null);
        }

        var me = (await c.Client.GetApiAsync("/api/auth/me")).Ok();
        var twin = await NewAccountAsync(c.Client, me.GetProperty("role").GetString()!,
            me.TryGetProperty("departmentId", out var department) && department.ValueKind == System.Text.Json.JsonValueKind.String ? department.GetString() : null);
        var response = await SendAsync(c.Client, HttpMethod.Post, "/api/auth/tokens/revoke-all", await TokenAsync(c.Client, twin, Password));

        // A twin reviewer would otherwise hold steps of filings the later rows submit.
        await AsOfficeAsync(c.Client, HttpMethod.Put, $"/api/organisation/users/{twin}", new { disabled = true });
        return response;
    }

    /// <summary>Calls <paramref name="send"/> with the id of a new filer of the target's department.</summary>
    public static async Task<ApiResponse> OnNewFilerAsync(MatrixCall c, Func<string, Task<ApiResponse>> send) =>
        await send(await NewAccountAsync(c.Client, "filer", c.Target.DepartmentId));

    private static async Task<string> NewAccountAsync(HttpClient any, string role, string? departmentId)
    {
        var id = "m" + Guid.NewGuid().ToString("N")[..12];
        await AsOfficeAsync(any, HttpMethod.Post, "/api/organisation/users", new { id, displayName = "矩阵测试账号", role, departmentId, password = Password });
        return id;
    }

    private static async Task AsOfficeAsync(HttpClient any, HttpMethod method, string url, object body)
    {
        var office = await TokenAsync(any, DemoOrganisation.PerformanceOffice, DemoOrganisation.Password);
        using var request = new HttpRequestMessage(method, url) { Content = System.Net.Http.Json.JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", office);
        (await ApiResponse.ReadAsync(await any.SendAsync(request))).Ok();
    }

    private static async Task<string> TokenAsync(HttpClient any, string userId, string password) =>
        (await any.PostJsonAsync("/api/auth/login", new { userId, password })).Ok().GetProperty("accessToken").GetString()!;

    private static async Task<ApiResponse> SendAsync(HttpClient client, HttpMethod method, string url, string token)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await ApiResponse.ReadAsync(await client.SendAsync(request));
    }
}
