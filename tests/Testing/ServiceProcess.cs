using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PerfWorkflow.Testing;

/// <summary>
/// One service running as its own OS process from its build output, configured only through environment variables
/// (the same way a container is). It shares nothing with the test or the other services but what the settings name.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServiceProcess(string service, Process process, Uri baseAddress)
    {
        Service = service;
        _process = process;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public string Service { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public string Output => string.Join('\n', _output);

    public static Task<ServiceProcess> StartAsync(string service, IReadOnlyDictionary<string, string> settings) =>
        StartAsync(service, _ => settings);

    /// <summary>Starts the service with settings that may name its own address (the Host's Portal calls itself).</summary>
    public static Task<ServiceProcess> StartAsync(string service, Func<Uri, IReadOnlyDictionary<string, string>> settingsFor) =>
        StartProgramAsync(service, RepositoryPaths.ServiceDll(service), settingsFor);

    /// <summary>Starts a program of the repository that is not a service (a test's own silo node) the same way.</summary>
    public static async Task<ServiceProcess> StartProgramAsync(string service, string dll, Func<Uri, IReadOnlyDictionary<string, string>> settingsFor)
    {
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"{dll} is missing: build the solution first ({RepositoryPaths.Configuration}).");
        }

        var port = FreePort();
        var settings = settingsFor(new Uri($"http://127.0.0.1:{port}/"));
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // A Filing silo advertises the address other silos reach it at; here every process is on loopback.
        start.Environment["Orleans__AdvertisedAddress"] = "127.0.0.1";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["MASSTRANSIT_USAGE_TELEMETRY"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // A Filing process hosts an Orleans silo: several on one machine (tests, other helpers) need ports of their own.
        start.Environment["Orleans__SiloPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["Orleans__GatewayPort"] = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {service}.");
        var running = new ServiceProcess(service, process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => running.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => running.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await running.WaitUntilReadyAsync(TimeSpan.FromSeconds(90));
        return running;
    }

    /// <summary>Ends the process at once, as a crash or an OOM kill would: no graceful shutdown.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>Freezes the process (SIGSTOP), as a stalled VM or a long GC pause would: it holds its connections and does nothing.</summary>
    public Task PauseAsync() => ShellCommand.RunAsync("kill", "-STOP", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Lets a paused process run on (SIGCONT).</summary>
    public Task ResumeAsync() => ShellCommand.RunAsync("kill", "-CONT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Asks the process to stop (SIGTERM, as Kubernetes and compose do) and waits until it has exited.</summary>
    public async Task StopAsync(TimeSpan limit)
    {
        if (!_process.HasExited)
        {
            await ShellCommand.RunAsync("kill", "-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            using var timeout = new CancellationTokenSource(limit);
            await _process.WaitForExitAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        Http.Dispose();
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Service} exited with {_process.ExitCode} while starting:\n{Output}");
            }

            try
            {
                // Readiness leaves the broker out (the outbox covers its absence); the tests also want the
                // service's queues bound before they publish, so the bus must be up too. A process with no bus (the
                // cluster tests' bare silo) has no /health/bus at all.
                using var response = await Http.GetAsync("health/ready");
                using var bus = await Http.GetAsync("health/bus");
                if (response.IsSuccessStatusCode && (bus.IsSuccessStatusCode || bus.StatusCode == System.Net.HttpStatusCode.NotFound))
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

        throw new TimeoutException($"{Service} was not ready within {limit.TotalSeconds} s:\n{Output}");
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
