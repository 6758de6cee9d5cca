using MassTransit;

namespace PerfWorkflow.Hosting.Telemetry;

/// <summary>
/// Records each consumed message's lag (<see cref="MessagingMetrics.ConsumerLag"/>) once its consumer returned, that
/// is once its effects committed. The publisher stamps the sent time from the wall clock, so the lag is read from the
/// wall clock too, never from a simulated <see cref="TimeProvider"/>.
/// </summary>
public sealed class ConsumeLagObserver : IConsumeObserver
{
    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        if (context.SentTime is { } sent && MessagingMetrics.ConsumerLag.Enabled)
        {
            var lag = TimeProvider.System.GetUtcNow().UtcDateTime - sent.ToUniversalTime();
            MessagingMetrics.ConsumerLag.Record(Math.Max(0, lag.TotalSeconds), new KeyValuePair<string, object?>("message", typeof(T).Name));
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
