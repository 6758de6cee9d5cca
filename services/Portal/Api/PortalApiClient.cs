using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfWorkflow.Portal.Api;

/// <summary>The Portal owns no data: it reads and acts through the other services' HTTP APIs.</summary>
public sealed class PortalApiClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    /// <summary>Signs in a local account; null when the account or password is wrong.</summary>
    public async Task<LoginResult?> LoginAsync(string userId, string password, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("api/auth/login", new { userId, password }, Json, cancellationToken);
        if (response.StatusCode is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.BadRequest)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<LoginResult>(Json, cancellationToken);
    }

    public async Task<IReadOnlyList<DepartmentDto>> DepartmentsAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<List<DepartmentDto>>("api/departments", Json, cancellationToken) ?? [];

    public async Task<IReadOnlyList<FilingDto>> FilingsAsync(int? fiscalYear, CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<List<FilingDto>>(fiscalYear is null ? "api/filings" : $"api/filings?fiscalYear={fiscalYear}", Json, cancellationToken) ?? [];
}
