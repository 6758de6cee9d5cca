using System.Security.Claims;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using PerfWorkflow.Contracts;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Hosting.Security.Revocation;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Tests;

/// <summary>
/// Workflow's copy of Filing's token revocations (shared/Hosting/Security/Revocation, the same code as Notification's):
/// the messages Filing publishes, consumed as the module registers them, and the check the module registers for the
/// JWT handler, on SQLite. Across processes on PostgreSQL and RabbitMQ: tests/Integration.Tests/Security.
/// </summary>
public sealed class RevocationReplicaTests : IAsyncDisposable
{
    private static readonly DateTimeOffset RevokedAt = DateTimeOffset.Parse("2027-03-01T09:30:15.600+08:00", System.Globalization.CultureInfo.InvariantCulture);
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"workflow-revocation-{Guid.NewGuid():N}.db");
    private ServiceProvider? _provider;

    [Fact]
    public async Task A_signed_out_token_is_refused_once_its_revocation_is_consumed_and_another_token_of_the_account_is_not()
    {
        var harness = await StartAsync();

        Assert.False(await IsRevokedAsync(Token("filer-1", "jti-a", "S0", RevokedAt.AddHours(-1))));
        await ConsumeAsync(harness, new TokenRevoked(Guid.NewGuid(), RevokedAt, "filer-1", "jti-a", RevokedAt.AddHours(7)));

        Assert.True(await IsRevokedAsync(Token("filer-1", "jti-a", "S0", RevokedAt.AddHours(-1))));
        Assert.False(await IsRevokedAsync(Token("filer-1", "jti-b", "S0", RevokedAt.AddHours(-1))));
    }

    [Fact]
    public async Task After_an_account_revocation_only_tokens_with_the_new_stamp_or_issued_after_it_stand()
    {
        var harness = await StartAsync();
        await ConsumeAsync(harness, new AccountTokensRevoked(Guid.NewGuid(), RevokedAt, "filer-1", "S1"));

        // Issued an hour before, or earlier in the revocation's own second (nbf has whole seconds): refused.
        Assert.True(await IsRevokedAsync(Token("filer-1", "jti-a", "S0", RevokedAt.AddHours(-1))));
        Assert.True(await IsRevokedAsync(Token("filer-1", "jti-b", "S0", RevokedAt.AddMilliseconds(-100))));
        // Issued later in the same second with the new stamp; or after a newer revocation this copy has not heard of.
        Assert.False(await IsRevokedAsync(Token("filer-1", "jti-c", "S1", RevokedAt.AddMilliseconds(100))));
        Assert.False(await IsRevokedAsync(Token("filer-1", "jti-d", "S2", RevokedAt.AddSeconds(5))));
        // Another account is untouched; a token without an id or issue time is never accepted blindly.
        Assert.False(await IsRevokedAsync(Token("filer-2", "jti-e", "S0", RevokedAt.AddHours(-1))));
        Assert.True(await IsRevokedAsync(new ClaimsPrincipal(new ClaimsIdentity([new Claim(PerfWorkflowClaims.UserId, "filer-2")]))));
    }

    [Fact]
    public async Task An_older_account_revocation_arriving_late_or_twice_does_not_bring_back_the_tokens_a_newer_one_refused()
    {
        var harness = await StartAsync();
        var newer = new AccountTokensRevoked(Guid.NewGuid(), RevokedAt, "filer-1", "S2");
        await ConsumeAsync(harness, newer);
        await ConsumeAsync(harness, new AccountTokensRevoked(Guid.NewGuid(), RevokedAt.AddMinutes(-10), "filer-1", "S1"));
        await ConsumeAsync(harness, newer);

        Assert.True(await IsRevokedAsync(Token("filer-1", "jti-a", "S1", RevokedAt.AddMinutes(-5))));
        Assert.False(await IsRevokedAsync(Token("filer-1", "jti-b", "S2", RevokedAt.AddMinutes(1))));
        var processed = await InScopeAsync(sp => Task.FromResult(sp.GetRequiredService<WorkflowDbContext>().ProcessedMessages.Count(p => p.Consumer == "token-revocations")));
        Assert.Equal(2, processed);
    }

    public async ValueTask DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_file + suffix);
        }
    }

    /// <summary>Workflow's services and consumers as the module registers them, on an in-memory test bus, no background services.</summary>
    private async Task<ITestHarness> StartAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = $"Data Source={_file};Pooling=False",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        var module = new WorkflowModule();
        module.AddServices(services, configuration);

        // The harness starts every hosted service; of the module's (timers, outbox relay) none is under test here.
        services.RemoveAll<Microsoft.Extensions.Hosting.IHostedService>();
        services.AddMassTransitTestHarness(module.AddConsumers);
        _provider = services.BuildServiceProvider();
        await InScopeAsync(sp => sp.GetRequiredService<SchemaMigrator>().MigrateAsync(sp.GetRequiredService<WorkflowDbContext>(), typeof(WorkflowDbContext).Assembly, CancellationToken.None));
        var harness = _provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        return harness;
    }

    /// <summary>Publishes the message and waits until the consumer has finished with it (committed, or found it processed).</summary>
    private static async Task ConsumeAsync<T>(ITestHarness harness, T message)
        where T : class
    {
        var consumer = harness.GetConsumerHarness<RevocationReplicaConsumer<WorkflowDbContext>>();
        int Finished() => consumer.Consumed.Select<T>(m => m.Context.Message.Equals(message) && m.Exception is null).Count();
        var before = Finished();
        await harness.Bus.Publish(message);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Finished() == before)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{typeof(T).Name} was not consumed");
            await Task.Delay(20);
        }
    }

    private Task<bool> IsRevokedAsync(ClaimsPrincipal principal) =>
        InScopeAsync(sp => sp.GetRequiredService<ITokenRevocationCheck>().IsRevokedAsync(principal, CancellationToken.None));

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _provider!.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private async Task InScopeAsync(Func<IServiceProvider, Task> action) => await InScopeAsync(async sp =>
    {
        await action(sp);
        return true;
    });

    private static ClaimsPrincipal Token(string userId, string tokenId, string stamp, DateTimeOffset issuedAt) =>
        new(new ClaimsIdentity(
        [
            new Claim(PerfWorkflowClaims.UserId, userId),
            new Claim(PerfWorkflowClaims.TokenId, tokenId),
            new Claim(PerfWorkflowClaims.SecurityStamp, stamp),
            new Claim("nbf", issuedAt.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]));
}
