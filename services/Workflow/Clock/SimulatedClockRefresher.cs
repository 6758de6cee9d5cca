namespace PerfWorkflow.Workflow.Clock;

/// <summary>
/// Reads the virtual clock once before anything else runs (the bus and the sweep start after it) and then every
/// <c>Clock:RefreshIntervalMs</c> (default 100 ms), so consumers see the virtual time a test has set.
/// </summary>
public sealed class SimulatedClockRefresher(SimulatedTimeProvider clock, IConfiguration configuration, ILogger<SimulatedClockRefresher> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = await clock.RefreshAsync(cancellationToken);
        logger.LogWarning("Workflow runs on SIMULATED time, now {Now:O} (workflow_sim_clock)", now);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(configuration.GetValue("Clock:RefreshIntervalMs", 100));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, stoppingToken);
                await clock.RefreshAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Reading the simulated clock failed; keeping the last value");
            }
        }
    }
}
