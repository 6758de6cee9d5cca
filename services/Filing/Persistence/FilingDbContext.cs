using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Filing.Persistence;

/// <summary>The Filing service's tables (prefix <c>filing_</c>): organisation, filings, their forms,
/// audit trail and approval chains, and the shared outbox.</summary>
public sealed class FilingDbContext(DbContextOptions<FilingDbContext> options) : ServiceDbContext(options)
{
    public override string TablePrefix => "filing";

    public DbSet<FilingRecord> Filings => Set<FilingRecord>();

    public DbSet<DepartmentRecord> Departments => Set<DepartmentRecord>();

    public DbSet<UserRecord> Users => Set<UserRecord>();

    public DbSet<AuditRecord> Audit => Set<AuditRecord>();

    public DbSet<IdempotencyRecord> Idempotency => Set<IdempotencyRecord>();

    public DbSet<ChainDefinitionRecord> ChainDefinitions => Set<ChainDefinitionRecord>();

    public DbSet<FormRecord> Forms => Set<FormRecord>();

    public DbSet<RevokedTokenRecord> RevokedTokens => Set<RevokedTokenRecord>();

    public DbSet<OrganisationAuditRecord> OrganisationAudit => Set<OrganisationAuditRecord>();

    public DbSet<OrganisationAuditHeadRecord> OrganisationAuditHead => Set<OrganisationAuditHeadRecord>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FilingRecord>(e =>
        {
            e.ToTable("filing_filings");
            e.HasKey(f => f.Id);
            e.Property(f => f.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<DepartmentRecord>(e =>
        {
            e.ToTable("filing_departments");
            e.HasKey(d => d.Id);
        });
        modelBuilder.Entity<UserRecord>(e =>
        {
            e.ToTable("filing_users");
            e.HasKey(u => u.Id);
        });
        modelBuilder.Entity<AuditRecord>(e =>
        {
            e.ToTable("filing_audit");
            e.HasKey(a => new { a.FilingId, a.Sequence });
        });
        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("filing_idempotency");
            e.HasKey(i => new { i.UserId, i.IdempotencyKey });
        });
        modelBuilder.Entity<ChainDefinitionRecord>(e =>
        {
            e.ToTable("filing_chain_definitions");
            e.HasKey(c => new { c.Region, c.FiscalYear, c.Stage, c.Version });
        });
        modelBuilder.Entity<FormRecord>(e =>
        {
            e.ToTable("filing_forms");
            e.HasKey(f => new { f.FilingId, f.Stage, f.FormKind, f.Revision });
        });
        modelBuilder.Entity<RevokedTokenRecord>(e =>
        {
            e.ToTable("filing_revoked_tokens");
            e.HasKey(t => t.TokenId);
        });
        modelBuilder.Entity<OrganisationAuditRecord>(e =>
        {
            e.ToTable("filing_organisation_audit");
            e.HasKey(a => a.Sequence);
            e.Property(a => a.Sequence).ValueGeneratedNever();
        });
        modelBuilder.Entity<OrganisationAuditHeadRecord>(e =>
        {
            e.ToTable("filing_organisation_audit_head");
            e.HasKey(h => h.Id);
            e.Property(h => h.Id).ValueGeneratedNever();
            e.Property(h => h.Sequence).IsConcurrencyToken();
        });
    }
}
