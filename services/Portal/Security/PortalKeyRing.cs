using Microsoft.AspNetCore.DataProtection;

namespace PerfWorkflow.Portal.Security;

/// <summary>
/// Where the Portal keeps the data-protection keys that sign its sign-in cookie and antiforgery tokens. With
/// <c>Portal:DataProtection:KeyDirectory</c> set, every replica reads one key ring from that directory under one
/// application name, so a browser may land on any replica and a rollout signs nobody out (no cookie affinity). In
/// Kubernetes the directory is a Secret mounted read-only (made once with <see cref="GenerateKeyRingCommand"/>): the
/// replicas must then never try to write a key of their own, so automatic key generation is off. A writable
/// directory (a volume shared by compose replicas) keeps ASP.NET Core's own rotation. Unset: keys in memory, one
/// process (the embedded Host).
/// </summary>
public static class PortalKeyRing
{
    public const string DirectorySetting = "Portal:DataProtection:KeyDirectory";

    /// <summary>One name for every replica: keys are isolated per application name.</summary>
    public const string ApplicationName = "PerfWorkflow.Portal";

    public static void AddPortalKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        var directory = configuration[DirectorySetting];
        if (string.IsNullOrWhiteSpace(directory))
        {
            return;
        }

        var keys = new DirectoryInfo(directory);
        if (!keys.Exists)
        {
            throw new InvalidOperationException($"{DirectorySetting} names '{directory}', which does not exist.");
        }

        var builder = services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToFileSystem(keys);
        if (!IsWritable(keys))
        {
            builder.DisableAutomaticKeyGeneration();
        }
    }

    private static bool IsWritable(DirectoryInfo directory)
    {
        var probe = Path.Combine(directory.FullName, $".write-probe-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
