using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Hosting.Outbox;

/// <summary>
/// Wakes a service's outbox relay as soon as new rows are committed, so events leave within milliseconds
/// instead of waiting for the next poll. Polling remains as the safety net (rows written by another replica).
/// </summary>
public sealed class OutboxSignal<TContext>
    where TContext : ServiceDbContext
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        if (_semaphore.CurrentCount == 0)
        {
            try
            {
                _semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another thread released first: the relay is already awake.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);
}
