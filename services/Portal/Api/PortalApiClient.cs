using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfWorkflow.Portal.Api;

/// <summary>The Portal owns no data: it reads and acts through the other services' HTTP APIs.</summary>
public sealed class PortalApiClient(HttpClient http)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<IReadOnlyList<DepartmentDto>> DepartmentsAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<List<DepartmentDto>>("api/departments", Json, cancellationToken) ?? [];

    public async Task<IReadOnlyList<FilingDto>> FilingsAsync(int? fiscalYear, CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<List<FilingDto>>(fiscalYear is null ? "api/filings" : $"api/filings?fiscalYear={fiscalYear}", Json, cancellationToken) ?? [];
}
