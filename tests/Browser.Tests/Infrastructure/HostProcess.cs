using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PerfWorkflow.Browser.Tests.Infrastructure;

/// <summary>
/// The all-in-one Host run from its build output as its own OS process, with a fresh SQLite data directory (so the
/// demo data is loaded anew) and the Portal calling the services at the Host's own address.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly ServiceProcess _process;
    private readonly string _dataDirectory;

    private HostProcess(ServiceProcess process, string dataDirectory)
    {
        _process = process;
        _dataDirectory = dataDirectory;
    }

    public Uri BaseAddress => _process.BaseAddress;

    public HttpClient Http => _process.Http;

    public string Output => _process.Output;

    public static async Task<HostProcess> StartAsync()
    {
        var data = Directory.CreateTempSubdirectory("perfwf-browser-").FullName;
        var process = await ServiceProcess.StartAsync("Host", self => new Dictionary<string, string>
        {
            ["Portal:ApiBaseUrl"] = self.ToString(),
            ["Persistence:DataDirectory"] = data,
        });
        return new HostProcess(process, data);
    }

    /// <summary>An API client carrying the demo user's bearer token, as the Portal's own calls do.</summary>
    public async Task<HttpClient> AsAsync(string userId)
    {
        using var response = await Http.PostAsJsonAsync("api/auth/login", new { userId, password = Demo.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite file still closing; the temp directory is the system's to clean.
        }
    }
}
