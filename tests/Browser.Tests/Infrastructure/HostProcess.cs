using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace PerfWorkflow.Browser.Tests.Infrastructure;

/// <summary>
/// The all-in-one Host run from its build output as its own OS process, on a free port, with a fresh SQLite data
/// directory (so the demo data is loaded anew) and the Portal calling the services at its own address.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly string _dataDirectory;

    private HostProcess(Process process, Uri baseAddress, string dataDirectory)
    {
        _process = process;
        BaseAddress = baseAddress;
        _dataDirectory = dataDirectory;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public string Output => string.Join('\n', _output);

    public static async Task<HostProcess> StartAsync()
    {
        var dll = RepositoryPaths.HostDll;
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build services/Host ({RepositoryPaths.Configuration}) first.");
        }

        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var data = Directory.CreateTempSubdirectory("perfwf-browser-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Urls"] = url;
        start.Environment["ASPNETCORE_URLS"] = url;
        start.Environment["Portal__ApiBaseUrl"] = url + "/";
        start.Environment["Persistence__DataDirectory"] = data;
        start.Environment["MASSTRANSIT_USAGE_TELEMETRY"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Host.");
        var host = new HostProcess(process, new Uri(url + "/"), data);
        process.OutputDataReceived += (_, e) => host.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => host.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        return host;
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
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        Http.Dispose();
        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite file still closing; the temp directory is the system's to clean.
        }
    }

    private async Task WaitUntilReadyAsync(TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The Host exited with {_process.ExitCode} while starting:\n{Output}");
            }

            try
            {
                using var response = await Http.GetAsync("health/ready");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The Host was not ready within {limit.TotalSeconds} s:\n{Output}");
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 400 && _output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
