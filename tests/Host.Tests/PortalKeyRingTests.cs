using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using PerfWorkflow.Integration.Tests.Portal;
using static PerfWorkflow.Integration.Tests.Portal.PortalCookies;

namespace PerfWorkflow.Host.Tests;

/// <summary>
/// In the embedded default the Portal keeps its data-protection keys in its SQLite file beside the services' (portal.db
/// in Persistence:DataDirectory), so a restarted Host keeps its people signed in. The same on PostgreSQL, with
/// replicas: tests/Integration.Tests/Portal/PortalKeyRingTests.
/// </summary>
public sealed class PortalKeyRingTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("perfwf-portal-sqlite-");

    [Fact]
    public async Task The_embedded_portal_keeps_its_key_in_its_sqlite_file_and_a_restart_keeps_people_signed_in()
    {
        var before = Portal();
        await before.StartAsync();
        var cookie = CookieFor(before, "d1a1b729b-filer");
        await before.StopAsync();

        var after = Portal();
        await after.StartAsync();
        try
        {
            Assert.Equal("d1a1b729b-filer", SignedInUser(after, cookie));
        }
        finally
        {
            await after.StopAsync();
        }

        Assert.Equal(1L, KeyRows());
    }

    [Fact]
    public async Task A_portal_on_another_data_directory_cannot_read_the_cookie()
    {
        var first = Portal();
        await first.StartAsync();
        var cookie = CookieFor(first, "d1a1b729b-filer");
        await first.StopAsync();

        var elsewhere = Portal(_data.CreateSubdirectory("elsewhere").FullName);
        await elsewhere.StartAsync();
        try
        {
            Assert.Null(SignedInUser(elsewhere, cookie));
        }
        finally
        {
            await elsewhere.StopAsync();
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }

    private long KeyRows()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_data.FullName, "portal.db")}");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM portal_data_protection_keys";
        return (long)count.ExecuteScalar()!;
    }

    private WebApplication Portal(string? dataDirectory = null) => PortalCookies.Portal($"--Persistence:DataDirectory={dataDirectory ?? _data.FullName}");
}
