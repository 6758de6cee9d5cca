using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PerfWorkflow.Contracts;
using PerfWorkflow.Integration.Tests.Infrastructure;
using RabbitMQ.Client;

namespace PerfWorkflow.Integration.Tests.Notification;

/// <summary>
/// The Notification service as its own process on a fresh PostgreSQL database and RabbitMQ virtual host, with a
/// publisher standing in for Filing. It can be killed and started again on the same backends.
/// </summary>
public sealed class NotificationUnderTest : IAsyncDisposable
{
    public const string Region = "广州市";

    private readonly Dictionary<string, string> _settings;

    private NotificationUnderTest(IsolatedBackends backends, Dictionary<string, string> settings, ServiceProcess service, EventPublisher publisher)
    {
        Backends = backends;
        _settings = settings;
        Service = service;
        Publisher = publisher;
    }

    public IsolatedBackends Backends { get; }

    public ServiceProcess Service { get; private set; }

    public EventPublisher Publisher { get; }

    public string SigningKey => _settings["Auth:SigningKey"];

    /// <summary>Starts Notification with fast delivery retries (overridable through <paramref name="extra"/>).</summary>
    public static async Task<NotificationUnderTest> StartAsync(IReadOnlyDictionary<string, string>? extra = null)
    {
        var backends = await IsolatedBackends.CreateAsync();
        var settings = new Dictionary<string, string>
        {
            ["Persistence:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = backends.ConnectionString,
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMq:Uri"] = backends.RabbitMqUri.ToString(),
            ["Auth:SigningKey"] = "notification-tests-signing-key-" + Guid.NewGuid().ToString("N"),
            ["Notifications:RetryBaseDelay"] = "00:00:00.200",
            ["Notifications:PollInterval"] = "00:00:00.100",
            ["Notifications:MaxAttempts"] = "6",

            // The tests' webhook receiver listens on loopback, which only an operator's allow-list opens.
            ["Notifications:Webhooks:AllowedHosts"] = "127.0.0.1",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        // The service declares its durable queues and bindings when it starts; only then may events be published.
        var service = await ServiceProcess.StartAsync("Notification", settings);
        var publisher = await EventPublisher.StartAsync(backends.RabbitMqUri);
        return new NotificationUnderTest(backends, settings, service, publisher);
    }

    /// <summary>Starts the service again on the same database and virtual host (after <see cref="ServiceProcess.KillAsync"/>).</summary>
    public async Task RestartAsync()
    {
        await Service.DisposeAsync();
        Service = await ServiceProcess.StartAsync("Notification", _settings);
    }

    public HttpClient ClientFor(string userId, string role, string? departmentId = null, string region = Region)
    {
        var client = new HttpClient { BaseAddress = Service.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", LocalTokens.For(SigningKey, userId, role, departmentId, region));
        return client;
    }

    public async Task SetPreferencesAsync(string userId, object preferences)
    {
        using var client = ClientFor(userId, "finance-division");
        using var response = await client.PutAsJsonAsync("api/notifications/preferences", preferences);
        Assert.True(response.IsSuccessStatusCode, $"PUT preferences answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public async Task<JsonElement> InboxAsync(string userId, string role, string query = "", string? departmentId = null)
    {
        using var client = ClientFor(userId, role, departmentId);
        return await client.GetFromJsonAsync<JsonElement>("api/inbox?pageSize=200" + query);
    }

    /// <summary>A review 待办 for one reviewer, the commonest event (one inbox item each).</summary>
    public static ReviewRequested ReviewFor(string assignee, Guid messageId, string departmentId = "d-test") =>
        new(messageId, DateTimeOffset.UtcNow, Guid.NewGuid(), departmentId, 2027, "Declaration", 2, "finance-division", "Any", [assignee]);

    public Task PublishMemberAsync(string userId, string role, string? departmentId, string? email = null) =>
        Publisher.PublishAsync(
            new OrganisationMemberChanged(Guid.NewGuid(), DateTimeOffset.UtcNow, userId, userId, role, departmentId, Region, email, Active: true),
            Guid.NewGuid());

    public Task<long> ScalarAsync(string sql) => Backends.ScalarAsync(sql);

    public async Task<List<Guid>> GuidsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Backends.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<Guid>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    public Task WaitForCountAsync(string sql, long expected, TimeSpan? limit = null) =>
        Eventually.WaitForAsync(async () => await ScalarAsync(sql) >= expected ? "reached" : null, $"{expected} from: {sql}", limit);

    /// <summary>Messages waiting in a queue of the test's virtual host; throws if the queue does not exist.</summary>
    public async Task<uint> QueueDepthAsync(string queue)
    {
        var factory = new ConnectionFactory { Uri = Backends.RabbitMqUri };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var declared = await channel.QueueDeclarePassiveAsync(queue);
        return declared.MessageCount;
    }

    public async ValueTask DisposeAsync()
    {
        await Publisher.DisposeAsync();
        await Service.DisposeAsync();
        await Backends.DisposeAsync();
    }
}
