namespace PerfWorkflow.Integration.Tests;

/// <summary>
/// Tests that drive the shared test RabbitMQ node (stopping and starting it) or start several service processes run
/// one at a time: on two cores, parallel runs would only make each slower and their timing less telling.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealServersCollection
{
    public const string Name = "real servers";
}
