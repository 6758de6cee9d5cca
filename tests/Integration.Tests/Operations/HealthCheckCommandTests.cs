using PerfWorkflow.Testing;

namespace PerfWorkflow.Integration.Tests.Operations;

/// <summary>
/// Compose's health check runs the service's own binary (`health-check URL`) instead of curl, which the runtime
/// images no longer carry: it must say yes to a ready service and no to one that does not answer.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class HealthCheckCommandTests
{
    [Fact]
    public async Task The_health_check_command_exits_zero_for_a_ready_service_and_non_zero_when_nothing_answers()
    {
        var data = Path.Combine(Path.GetTempPath(), "perfwf-health-check-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var filing = await ServiceProcess.StartAsync("Filing", new Dictionary<string, string>
            {
                ["Persistence:DataDirectory"] = data,
                ["Bus:Transport"] = "InMemory",
            });

            var ready = await ServiceCommand.RunAsync("Filing", new Dictionary<string, string>(), $"health-check {new Uri(filing.BaseAddress, "health/ready")}");
            await filing.KillAsync();
            var gone = await ServiceCommand.RunAsync("Filing", new Dictionary<string, string>(), $"health-check {new Uri(filing.BaseAddress, "health/ready")}");

            Assert.True(ready.ExitCode == 0, ready.Output);
            Assert.Equal(1, gone.ExitCode);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
