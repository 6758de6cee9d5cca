using Microsoft.AspNetCore.DataProtection;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Portal.Persistence;

namespace PerfWorkflow.Portal.Security;

/// <summary>
/// Where the Portal keeps the data-protection keys that sign its sign-in cookie and antiforgery tokens: its own small
/// database (<see cref="PortalDbContext"/>, table <c>portal_data_protection_keys</c>; PostgreSQL in the cluster and
/// compose, the Host's SQLite file in the embedded default), under one application name. Every replica reads and
/// writes that one key ring, so a browser may land on any replica, and a restart or a rollout signs nobody out. No key
/// is written to disk. Keys live <see cref="KeyLifetime"/>; ASP.NET Core makes the next one two days before the current
/// one expires (whichever replica notices first; two replicas that both do make keys with the same activation date, of
/// which every replica picks the same by id), and the ring is re-read at least daily, so every replica knows a key
/// before it is used. The very first key is made at start under a database lock (<see cref="PortalFirstKey"/>), so
/// replicas that start together on an empty table share one key from their first request.
/// </summary>
public static class PortalKeyRing
{
    /// <summary>One name for every replica: keys are isolated per application name.</summary>
    public const string ApplicationName = "PerfWorkflow.Portal";

    /// <summary>ASP.NET Core's default, stated: a cookie signed with a key still reads after the key expired (until revoked).</summary>
    public static readonly TimeSpan KeyLifetime = TimeSpan.FromDays(90);

    public static void AddPortalKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddServiceDatabase<PortalDbContext>(configuration, "Portal");
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .SetDefaultKeyLifetime(KeyLifetime)
            .PersistKeysToDbContext<PortalDbContext>();

        // After the schema migration's start-up step (registered above): the table exists when the first key is made.
        services.AddHostedService<PortalFirstKey>();
    }
}
