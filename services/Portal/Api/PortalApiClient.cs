using System.Net.Http.Json;
using System.Text.Json;

namespace PerfWorkflow.Portal.Api;

/// <summary>
/// The Portal owns no data: it reads and acts through the services' HTTP APIs, as the signed-in person (their token is
/// added by <see cref="Security.BearerTokenHandler"/>). Each service has its own named client and base address.
/// Forms (import, save, diff, export) are in <see cref="PortalFormsClient"/>.
/// </summary>
public sealed class PortalApiClient(IHttpClientFactory clients)
{
    public const string Filing = "filing";
    public const string Workflow = "workflow";
    public const string Notification = "notification";

    private static JsonSerializerOptions Json => ApiResponses.Json;

    /// <summary>Signs in a local account; null when the account or password is wrong.</summary>
    public async Task<LoginResult?> LoginAsync(string userId, string password, CancellationToken cancellationToken)
    {
        using var response = await clients.CreateClient(Filing).PostAsJsonAsync("api/auth/login", new { userId, password }, Json, cancellationToken);
        if (response.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.BadRequest)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<LoginResult>(Json, cancellationToken);
    }

    /// <summary>退出登录: Filing refuses the token from now on.</summary>
    public async Task LogoutAsync(string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/auth/logout");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await clients.CreateClient(Filing).SendAsync(request, cancellationToken);

        // 401: the token was already refused (revoked, expired); nothing is left to revoke.
        if (response.StatusCode != System.Net.HttpStatusCode.Unauthorized)
        {
            response.EnsureSuccessStatusCode();
        }
    }

    public async Task<IReadOnlyList<DepartmentDto>> DepartmentsAsync(CancellationToken cancellationToken) =>
        await clients.CreateClient(Filing).GetFromJsonAsync<List<DepartmentDto>>("api/departments", Json, cancellationToken) ?? [];

    public async Task<IReadOnlyList<FilingDto>> FilingsAsync(int? fiscalYear, CancellationToken cancellationToken) =>
        await clients.CreateClient(Filing).GetFromJsonAsync<List<FilingDto>>(fiscalYear is null ? "api/filings" : $"api/filings?fiscalYear={fiscalYear}", Json, cancellationToken) ?? [];

    /// <summary>The filing, or the service's refusal (403 for another department's filing, 404 when unknown).</summary>
    public Task<(FilingDto? Filing, ApiProblem? Problem)> FilingAsync(Guid id, CancellationToken cancellationToken) =>
        SendAsync<FilingDto>(Filing, HttpMethod.Get, $"api/filings/{id}", null, cancellationToken);

    /// <summary>An action on the filing (submit, approve, return, sign-off, rectifications/2/submit, score-adjustment …).</summary>
    public Task<(FilingDto? Filing, ApiProblem? Problem)> ActAsync(Guid id, string action, object body, CancellationToken cancellationToken) =>
        SendAsync<FilingDto>(Filing, HttpMethod.Post, $"api/filings/{id}/{action}", body, cancellationToken);

    public async Task<IReadOnlyList<AuditEntryDto>> AuditAsync(Guid id, CancellationToken cancellationToken)
    {
        var (trail, _) = await SendAsync<List<AuditEntryDto>>(Filing, HttpMethod.Get, $"api/filings/{id}/audit", null, cancellationToken);
        return trail ?? [];
    }

    public async Task<InboxPage> InboxAsync(string? status, int page, CancellationToken cancellationToken) =>
        await clients.CreateClient(Notification).GetFromJsonAsync<InboxPage>($"api/inbox?status={status}&page={page}&pageSize=20", Json, cancellationToken)
        ?? new InboxPage(0, page, 20, []);

    /// <summary>The inbox filtered to unread entries (status null: 待办 and notices alike).</summary>
    public async Task<InboxPage> UnreadAsync(int page, CancellationToken cancellationToken) =>
        await clients.CreateClient(Notification).GetFromJsonAsync<InboxPage>($"api/inbox?unread=true&page={page}&pageSize=20", Json, cancellationToken)
        ?? new InboxPage(0, page, 20, []);

    public async Task MarkReadAsync(Guid itemId, CancellationToken cancellationToken)
    {
        using var response = await clients.CreateClient(Notification).PostAsync($"api/inbox/items/{itemId}/read", null, cancellationToken);
    }

    public async Task<IReadOnlyList<StageChangeDto>> HistoryAsync(Guid filingId, CancellationToken cancellationToken)
    {
        var (body, problem) = await SendAsync<JsonElement>(Workflow, HttpMethod.Get, $"api/workflow/filings/{filingId}", null, cancellationToken);
        return problem is null
            ? body.GetProperty("history").Deserialize<List<StageChangeDto>>(Json) ?? []
            : [];
    }

    private Task<(T? Value, ApiProblem? Problem)> SendAsync<T>(string service, HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        return ApiResponses.SendAsync<T>(clients.CreateClient(service), request, cancellationToken);
    }
}
