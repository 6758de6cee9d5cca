using MassTransit;

namespace PerfWorkflow.Integration.Tests.Notification;

/// <summary>
/// Publishes contracts to the test's RabbitMQ virtual host the way Filing's outbox relay does: persistent messages,
/// publisher confirms, our own MessageId. A publish that fails or is not confirmed in time (the broker restarting) is
/// retried with the same MessageId until confirmed, so nothing is lost; a retry that doubles a message is what the
/// consumers' deduplication must absorb.
/// </summary>
public sealed class EventPublisher : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private EventPublisher(IBusControl bus) => _bus = bus;

    public int Retries => _retries;

    private int _retries;

    public static async Task<EventPublisher> StartAsync(Uri rabbitMq)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(rabbitMq, h => h.PublisherConfirmation = true);
        });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await bus.StartAsync(timeout.Token);
        return new EventPublisher(bus);
    }

    public async Task PublishAsync<T>(T message, Guid messageId)
        where T : class
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (true)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                // WaitAsync bounds the wait even where MassTransit does not observe the token (a connection being
                // re-established while the broker restarts): an abandoned publish that completes later only repeats
                // the same MessageId, which consumers recognise.
                await _bus.Publish(message, context =>
                {
                    context.MessageId = messageId;
                    context.Durable = true;
                }, timeout.Token).WaitAsync(TimeSpan.FromSeconds(6));
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                Interlocked.Increment(ref _retries);
                await Task.Delay(250);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _bus.StopAsync(timeout.Token).WaitAsync(TimeSpan.FromSeconds(35));
        }
        catch (Exception ex) when (ex is TimeoutException or OperationCanceledException)
        {
            // A bus that will not stop after a broker restart must not hang the test run; the process ends anyway.
        }
    }
}
