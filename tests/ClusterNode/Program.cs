using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using PerfWorkflow.ClusterNode;
using PerfWorkflow.Filing.Cluster;

// Filing's clustering and readiness, nothing else of the service: the cluster tests start two of these.
var builder = WebApplication.CreateBuilder(args);
builder.UseOrleans(silo => FilingClustering.Configure(silo, builder.Configuration));
var app = builder.Build();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
// A call made by this silo itself: with local placement, a grain first visited here lives here.
app.MapGet("/visit/{key}", (string key, IGrainFactory grains) => grains.GetGrain<ILocatorGrain>(key).VisitAsync());
FilingDashboard.Map(app);
await app.RunAsync();
