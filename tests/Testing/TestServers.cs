namespace PerfWorkflow.Testing;

/// <summary>
/// The real servers scripts/test.sh started. A missing one fails the test loudly: integration tests never fall back
/// to SQLite or the in-memory bus.
/// </summary>
public static class TestServers
{
    public static string PostgresConnectionString => Require("PERFWF_TEST_POSTGRES", "PostgreSQL");

    public static Uri RabbitMqUri => new(Require("PERFWF_TEST_RABBITMQ", "RabbitMQ"));

    /// <summary>Script with stop | start | restart | kill (SIGKILL) | add-vhost NAME | delete-vhost NAME for the test RabbitMQ node.</summary>
    public static string RabbitMqControl => Require("PERFWF_TEST_RABBITMQ_CTL", "RabbitMQ control script");

    private static string Require(string variable, string what) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{what} is not available: {variable} is not set. Run the tests with scripts/test.sh, which starts a throwaway {what}.");
}
