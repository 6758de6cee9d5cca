using Npgsql;

namespace PerfWorkflow.Integration.Tests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database and a fresh RabbitMQ virtual host for one test, so tests never see each other's
/// rows or messages. Both are dropped afterwards.
/// </summary>
public sealed class IsolatedBackends : IAsyncDisposable
{
    private readonly string _name;

    private IsolatedBackends(string name, string connectionString, Uri rabbitMqUri)
    {
        _name = name;
        ConnectionString = connectionString;
        RabbitMqUri = rabbitMqUri;
    }

    public string ConnectionString { get; }

    public Uri RabbitMqUri { get; }

    public static async Task<IsolatedBackends> CreateAsync()
    {
        var name = "perfwf_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(TestServers.PostgresConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        await ShellCommand.RunAsync(TestServers.RabbitMqControl, "add-vhost", name);
        var connectionString = new NpgsqlConnectionStringBuilder(TestServers.PostgresConnectionString) { Database = name }.ConnectionString;
        var rabbit = new UriBuilder(TestServers.RabbitMqUri) { Path = "/" + name }.Uri;
        return new IsolatedBackends(name, connectionString, rabbit);
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await using var admin = new NpgsqlConnection(TestServers.PostgresConnectionString);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
            await ShellCommand.RunAsync(TestServers.RabbitMqControl, "delete-vhost", _name);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // Cleanup is best effort: the throwaway servers are removed with all they hold when the run ends.
        }
    }
}
