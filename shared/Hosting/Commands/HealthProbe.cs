namespace PerfWorkflow.Hosting.Commands;

/// <summary>
/// `health-check [url]`: asks a running service for its readiness and exits 0 when it answers 2xx, 1 otherwise.
/// For container health checks (compose) without curl or wget in the runtime image; Kubernetes probes over HTTP
/// from the kubelet and needs nothing in the image.
/// </summary>
public static class HealthProbe
{
    public const string CommandName = "health-check";

    public const string DefaultUrl = "http://localhost:8080/health/ready";

    public static async Task<int> RunAsync(IReadOnlyList<string> arguments)
    {
        var url = arguments.Count > 0 ? arguments[0] : DefaultUrl;
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await client.GetAsync(url);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"{url}: {ex.Message}");
            return 1;
        }
    }
}
