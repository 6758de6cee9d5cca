using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PerfWorkflow.Integration.Tests.Infrastructure;
using PerfWorkflow.Portal.Persistence;
using static PerfWorkflow.Integration.Tests.Portal.PortalCookies;

namespace PerfWorkflow.Integration.Tests.Portal;

/// <summary>
/// Portal replicas share their data-protection key ring through their PostgreSQL database (portal_data_protection_keys),
/// so the sign-in cookie one replica writes every other reads, across restarts, with no cookie affinity and no key on
/// disk. Each Portal here is started for real (migration, the first key), not only built.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class PortalKeyRingTests : IDisposable
{
    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("perfwf-portal-data-");

    [Fact]
    public async Task Two_replicas_starting_together_on_an_empty_database_make_one_key_and_read_each_others_cookies()
    {
        await using var database = await IsolatedBackends.CreateAsync();
        var first = Portal(database);
        var second = Portal(database);

        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        try
        {
            Assert.Equal("d1a1b729b-filer", SignedInUser(second, CookieFor(first, "d1a1b729b-filer")));
            Assert.Equal("finance-1", SignedInUser(first, CookieFor(second, "finance-1")));
            Assert.Equal(1, await database.ScalarAsync("SELECT COUNT(*) FROM portal_data_protection_keys"));
        }
        finally
        {
            await Task.WhenAll(first.StopAsync(), second.StopAsync());
        }
    }

    [Fact]
    public async Task A_restarted_portal_keeps_its_users_signed_in()
    {
        await using var database = await IsolatedBackends.CreateAsync();
        var before = Portal(database);
        await before.StartAsync();
        var cookie = CookieFor(before, "d1a1b729b-head");
        await before.StopAsync();

        var after = Portal(database);
        await after.StartAsync();
        try
        {
            Assert.Equal("d1a1b729b-head", SignedInUser(after, cookie));
            Assert.Equal(1, await database.ScalarAsync("SELECT COUNT(*) FROM portal_data_protection_keys"));
        }
        finally
        {
            await after.StopAsync();
        }
    }

    [Fact]
    public async Task Replicas_on_different_databases_cannot_read_each_others_cookies()
    {
        await using var oneDatabase = await IsolatedBackends.CreateAsync();
        await using var otherDatabase = await IsolatedBackends.CreateAsync();
        var first = Portal(oneDatabase);
        var second = Portal(otherDatabase);
        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        try
        {
            Assert.Null(SignedInUser(second, CookieFor(first, "d1a1b729b-filer")));
        }
        finally
        {
            await Task.WhenAll(first.StopAsync(), second.StopAsync());
        }
    }

    [Fact]
    public async Task The_keys_are_in_the_database_and_none_is_written_to_disk()
    {
        await using var database = await IsolatedBackends.CreateAsync();
        var portal = Portal(database);
        await portal.StartAsync();
        try
        {
            CookieFor(portal, "perf-office");
            var repository = portal.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository;
            Assert.IsType<EntityFrameworkCoreXmlRepository<PortalDbContext>>(repository);
            var key = Assert.Single(portal.Services.GetRequiredService<IKeyManager>().GetAllKeys());
            Assert.Equal(1, await database.ScalarAsync($"SELECT COUNT(*) FROM portal_data_protection_keys WHERE xml LIKE '%{key.KeyId}%'"));

            // Neither the data directory nor ASP.NET Core's default key folder holds anything of this key.
            Assert.Empty(_dataDirectory.GetFileSystemInfos());
            var defaultFolder = Path.Combine(Environment.GetEnvironmentVariable("HOME") ?? "/nonexistent", ".aspnet", "DataProtection-Keys");
            Assert.False(File.Exists(Path.Combine(defaultFolder, $"key-{key.KeyId}.xml")));
        }
        finally
        {
            await portal.StopAsync();
        }
    }

    public void Dispose() => _dataDirectory.Delete(recursive: true);

    private WebApplication Portal(IsolatedBackends database) => PortalCookies.Portal(
        "--Persistence:Provider=PostgreSql",
        $"--ConnectionStrings:Portal={database.ConnectionString}",
        $"--Persistence:DataDirectory={_dataDirectory.FullName}");
}
