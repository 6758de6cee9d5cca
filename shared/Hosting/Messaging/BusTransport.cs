namespace PerfWorkflow.Hosting.Messaging;

/// <summary>Which bus carries messages between services. In-memory is the one-process embedded default.</summary>
public enum BusTransport
{
    InMemory,
    RabbitMq,
}
