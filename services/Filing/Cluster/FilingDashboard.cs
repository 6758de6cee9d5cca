using Orleans.Dashboard;

namespace PerfWorkflow.Filing.Cluster;

/// <summary>
/// Orleans' dashboard (Microsoft.Orleans.Dashboard), off by default. When <c>Orleans:Dashboard:Enabled</c> is true
/// it is served at <c>/dashboard</c> on <c>Orleans:Dashboard:Port</c> only (8081): a port no Service, Ingress or
/// NetworkPolicy opens, reached with <c>kubectl port-forward</c>. It shows every grain and silo of the cluster and
/// has no sign-in of its own, so it must never share the API's port.
/// </summary>
public static class FilingDashboard
{
    public const string RoutePrefix = "/dashboard";

    /// <summary>Registers the silo's side and the extra listening port; called by <see cref="FilingClustering"/>.</summary>
    public static void AddTo(ISiloBuilder silo, FilingClusterSettings settings)
    {
        silo.AddDashboard();
        silo.Services.AddSingleton(new AdminPortBinding.Port(settings.DashboardPort));
        silo.Services.AddHostedService<AdminPortBinding>();
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var settings = FilingClusterSettings.From(endpoints.ServiceProvider.GetRequiredService<IConfiguration>());
        if (!settings.DashboardEnabled)
        {
            return;
        }

        var port = settings.DashboardPort;
        IEndpointConventionBuilder dashboard = endpoints.MapOrleansDashboard(RoutePrefix).RequireHost($"*:{port}");
        dashboard.Add(endpoint =>
        {
            // RequireHost reads the Host header, which a caller on the API port could forge: the connection's
            // own port decides.
            var serve = endpoint.RequestDelegate!;
            endpoint.RequestDelegate = context =>
            {
                if (context.Connection.LocalPort == port)
                {
                    return serve(context);
                }

                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            };
        });
    }
}
