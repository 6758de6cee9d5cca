using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Workflow.Persistence;

/// <summary>The Workflow service's tables (prefix <c>workflow_</c>).</summary>
public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : ServiceDbContext(options)
{
    public override string TablePrefix => "workflow";

    public DbSet<FilingCycle> FilingCycles => Set<FilingCycle>();

    public DbSet<StageChange> StageChanges => Set<StageChange>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<FilingCycle>(e =>
        {
            e.ToTable("workflow_filing_cycles");
            e.HasKey(c => c.FilingId);
            e.Property(c => c.FilingId).HasColumnName("filing_id");
            e.Property(c => c.DepartmentId).HasColumnName("department_id");
            e.Property(c => c.FiscalYear).HasColumnName("fiscal_year");
            e.Property(c => c.Stage).HasColumnName("stage");
            e.Property(c => c.StageState).HasColumnName("stage_state");
            e.Property(c => c.UpdatedAt).HasColumnName("updated_at");
        });
        modelBuilder.Entity<StageChange>(e =>
        {
            e.ToTable("workflow_stage_changes");
            e.HasKey(c => c.MessageId);
            e.Property(c => c.MessageId).HasColumnName("message_id");
            e.Property(c => c.FilingId).HasColumnName("filing_id");
            e.Property(c => c.Stage).HasColumnName("stage");
            e.Property(c => c.Change).HasColumnName("change");
            e.Property(c => c.OccurredAt).HasColumnName("occurred_at");
        });
    }
}
