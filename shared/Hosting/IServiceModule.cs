using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PerfWorkflow.Hosting;

/// <summary>
/// What one service brings to a host: its services, its bus consumers and its endpoints. A service's own Program
/// hosts one module; the all-in-one Host hosts all of them in one process.
/// </summary>
public interface IServiceModule
{
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>
    /// What a module needs from the host beyond services, e.g. the Filing module's Orleans silo (<c>UseOrleans</c>
    /// configures the host, not only the service collection). Most modules need nothing.
    /// </summary>
    void ConfigureHost(WebApplicationBuilder builder)
    {
    }

    void AddConsumers(IBusRegistrationConfigurator bus);

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
