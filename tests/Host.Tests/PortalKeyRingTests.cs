using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using PerfWorkflow.Hosting;
using PerfWorkflow.Hosting.Commands;
using PerfWorkflow.Portal;

namespace PerfWorkflow.Host.Tests;

/// <summary>
/// Portal replicas read one key ring (Portal:DataProtection:KeyDirectory), so what one replica signs (the sign-in
/// cookie, antiforgery tokens) another reads: no cookie affinity, no sign-out on a rollout.
/// </summary>
public sealed class PortalKeyRingTests : IDisposable
{
    private const string Purpose = "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware";
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("perfwf-keyring-");

    [Fact]
    public void Two_replicas_on_one_key_ring_read_each_others_cookies()
    {
        var first = Portal($"--{Setting}={_keys.FullName}");
        var second = Portal($"--{Setting}={_keys.FullName}");

        var cookie = Protector(first).Protect("d1a1b729b-filer");

        Assert.Equal("d1a1b729b-filer", Protector(second).Unprotect(cookie));
        Assert.NotEmpty(_keys.GetFiles("key-*.xml"));
    }

    [Fact]
    public void Replicas_on_different_key_rings_cannot_read_each_others_cookies()
    {
        var elsewhere = _keys.CreateSubdirectory("elsewhere");
        var first = Portal($"--{Setting}={_keys.FullName}");
        var second = Portal($"--{Setting}={elsewhere.FullName}");

        var cookie = Protector(first).Protect("d1a1b729b-filer");

        Assert.ThrowsAny<CryptographicException>(() => Protector(second).Unprotect(cookie));
    }

    [Fact]
    public async Task The_generate_key_ring_command_writes_a_key_the_replicas_then_use()
    {
        string keyId;
        {
            var operatorRun = Portal($"--{Setting}={_keys.FullName}");
            var command = operatorRun.Services.GetServices<IServiceCommand>().Single(c => c.Name == "generate-key-ring");
            using var output = new StringWriter();
            Assert.Equal(0, await command.RunAsync(["400"], TextReader.Null, output, CancellationToken.None));
            var file = Assert.Single(_keys.GetFiles("key-*.xml"));
            keyId = Path.GetFileNameWithoutExtension(file.Name)["key-".Length..];
            Assert.Contains(keyId, output.ToString(), StringComparison.Ordinal);
        }

        var replica = Portal($"--{Setting}={_keys.FullName}");
        Assert.Equal("x", Protector(replica).Unprotect(Protector(replica).Protect("x")));
        Assert.Single(_keys.GetFiles("key-*.xml"));
    }

    [Fact]
    public void A_key_directory_that_does_not_exist_stops_the_portal_at_start()
    {
        var missing = Path.Combine(_keys.FullName, "missing");

        var error = Assert.Throws<InvalidOperationException>(() => Portal($"--{Setting}={missing}"));

        Assert.Contains(Setting, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _keys.Delete(recursive: true);

    private static string Setting => PerfWorkflow.Portal.Security.PortalKeyRing.DirectorySetting;

    // Built, never started, and not disposed: MassTransit keeps a process-wide log context that a disposed
    // application's logger factory would leave behind for the next one built in this process.
    private static WebApplication Portal(params string[] args) => PerfWorkflowApp.Build(args, [new PortalModule()]);

    private static IDataProtector Protector(WebApplication app) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
}
