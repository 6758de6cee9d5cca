using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Filing.Persistence;

/// <summary>The Filing service's tables (prefix <c>filing_</c>): organisation, filings, and the shared outbox.</summary>
public sealed class FilingDbContext(DbContextOptions<FilingDbContext> options) : ServiceDbContext(options)
{
    public override string TablePrefix => "filing";

    public DbSet<FilingRecord> Filings => Set<FilingRecord>();

    public DbSet<DepartmentRecord> Departments => Set<DepartmentRecord>();

    public DbSet<UserRecord> Users => Set<UserRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<FilingRecord>(e =>
        {
            e.ToTable("filing_filings");
            e.HasKey(f => f.Id);
            e.Property(f => f.Id).HasColumnName("id");
            e.Property(f => f.DepartmentId).HasColumnName("department_id");
            e.Property(f => f.FiscalYear).HasColumnName("fiscal_year");
            e.Property(f => f.Stage).HasColumnName("stage");
            e.Property(f => f.State).HasColumnName("state");
            e.Property(f => f.Version).HasColumnName("version").IsConcurrencyToken();
            e.Property(f => f.Snapshot).HasColumnName("snapshot");
            e.Property(f => f.UpdatedAt).HasColumnName("updated_at");
        });
        modelBuilder.Entity<DepartmentRecord>(e =>
        {
            e.ToTable("filing_departments");
            e.HasKey(d => d.Id);
            e.Property(d => d.Id).HasColumnName("id");
            e.Property(d => d.Name).HasColumnName("name");
            e.Property(d => d.Region).HasColumnName("region");
            e.Property(d => d.SupervisingDepartmentId).HasColumnName("supervising_department_id");
        });
        modelBuilder.Entity<UserRecord>(e =>
        {
            e.ToTable("filing_users");
            e.HasKey(u => u.Id);
            e.Property(u => u.Id).HasColumnName("id");
            e.Property(u => u.DisplayName).HasColumnName("display_name");
            e.Property(u => u.Role).HasColumnName("role");
            e.Property(u => u.DepartmentId).HasColumnName("department_id");
            e.Property(u => u.Region).HasColumnName("region");
        });
    }
}
