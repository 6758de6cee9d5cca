using System.Collections.Concurrent;
using MassTransit;
using PerfWorkflow.Contracts;

namespace PerfWorkflow.Integration.Tests.Deadlines;

/// <summary>
/// The test's own MassTransit bus on the test's RabbitMQ virtual host: it publishes Filing's contracts in Filing's
/// place, and stands where Filing's OpenStageConsumer would, recording every OpenStage Workflow sends (by message id,
/// as a consumer deduplicates a redelivery).
/// </summary>
public sealed class TestBus : IAsyncDisposable
{
    private readonly IBusControl _bus;

    private TestBus(IBusControl bus) => _bus = bus;

    public ConcurrentDictionary<Guid, OpenStage> OpenStages { get; } = new();

    public static async Task<TestBus> StartAsync(Uri rabbitMq)
    {
        TestBus? created = null;
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            cfg.Host(rabbitMq);
            cfg.ReceiveEndpoint("year-test-open-stage", e => e.Handler<OpenStage>(context =>
            {
                created!.OpenStages.TryAdd(context.Message.MessageId, context.Message);
                return Task.CompletedTask;
            }));
        });
        created = new TestBus(bus);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await bus.StartAsync(timeout.Token);
        return created;
    }

    public Task PublishAsync(object message) =>
        _bus.Publish(message, message.GetType(), context => context.MessageId = (Guid)message.GetType().GetProperty("MessageId")!.GetValue(message)!);

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
