using System.Net.Http.Json;
using System.Text.Json;

namespace PerfWorkflow.Browser.Tests.Infrastructure;

/// <summary>Reads the demo filings through the Filing API, as the performance office sees them.</summary>
public static class DemoFilings
{
    public static async Task<IReadOnlyList<JsonElement>> AllAsync(HostProcess host, int? year = null)
    {
        using var api = await host.AsAsync(Demo.PerformanceOffice);
        return await api.GetFromJsonAsync<List<JsonElement>>(year is null ? "api/filings" : $"api/filings?fiscalYear={year}") ?? [];
    }

    public static async Task<Guid> IdOfAsync(HostProcess host, string departmentId, int year) =>
        (await AllAsync(host, year)).Single(f => f.GetProperty("departmentId").GetString() == departmentId).GetProperty("id").GetGuid();
}
