using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace PerfWorkflow.Filing.Cluster;

/// <summary>
/// Adds the dashboard's admin port to the addresses the web server listens on, beside the configured URLs. Kestrel
/// would drop the configured URLs if a port were added in code, so the addresses are set before the server starts
/// (lifecycle services start before the web server), from the same <c>urls</c> setting the server would read.
/// </summary>
internal sealed class AdminPortBinding(IServer server, IConfiguration configuration, AdminPortBinding.Port admin) : IHostedLifecycleService
{
    public sealed record Port(int Number);

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (server.Features.Get<IServerAddressesFeature>()?.Addresses is { IsReadOnly: false } addresses)
        {
            if (addresses.Count == 0)
            {
                var urls = configuration["urls"] is { Length: > 0 } configured ? configured : "http://localhost:5000";
                foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    addresses.Add(url);
                }
            }

            addresses.Add($"http://+:{admin.Number}");
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
