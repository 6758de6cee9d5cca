namespace PerfWorkflow.Workflow.Timers;

/// <summary>
/// Runs <see cref="TimerSweeper"/> every <c>Workflow:Timers:SweepIntervalMs</c> (default 1 s), straight again while
/// batches come back full. Every replica runs one; they never fire the same row (see <see cref="TimerSweeper"/>).
/// </summary>
public sealed class TimerSweepService(IServiceScopeFactory scopes, WorkflowOptions options, ILogger<TimerSweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var settled = 0;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                settled = await scope.ServiceProvider.GetRequiredService<TimerSweeper>().SweepOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Timer sweep failed; the claimed timers stay pending for the next sweep");
            }

            if (settled < options.SweepBatchSize)
            {
                await Task.Delay(options.SweepInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
