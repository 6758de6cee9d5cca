using System.Net.Http.Json;

namespace PerfWorkflow.Portal.Api;

/// <summary>The region's people from Filing's organisation, to print names instead of account ids.</summary>
public sealed class PortalDirectoryClient(IHttpClientFactory clients)
{
    public async Task<PeopleNames> PeopleAsync(CancellationToken cancellationToken)
    {
        using var response = await clients.CreateClient(PortalApiClient.Filing).GetAsync("api/organisation/people", cancellationToken);
        return response.IsSuccessStatusCode
            ? new PeopleNames(await response.Content.ReadFromJsonAsync<List<PersonDto>>(ApiResponses.Json, cancellationToken) ?? [])
            : PeopleNames.None;
    }
}
