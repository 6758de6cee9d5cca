using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Portal.Persistence;

/// <summary>
/// The Portal's tables (prefix <c>portal_</c>): the data-protection key ring every replica shares
/// (<see cref="Security.PortalKeyRing"/>). The Portal owns no other data.
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : ServiceDbContext(options), IDataProtectionKeyContext
{
    public override string TablePrefix => "portal";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("portal_data_protection_keys");
            e.HasKey(k => k.Id);
            e.Property(k => k.Id).ValueGeneratedOnAdd();
        });
    }
}
