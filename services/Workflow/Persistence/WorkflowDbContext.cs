using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Hosting.Persistence;

namespace PerfWorkflow.Workflow.Persistence;

/// <summary>The Workflow service's tables (prefix <c>workflow_</c>).</summary>
public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : ServiceDbContext(options)
{
    public override string TablePrefix => "workflow";

    public DbSet<FilingCycle> FilingCycles => Set<FilingCycle>();

    public DbSet<StageChange> StageChanges => Set<StageChange>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FilingCycle>(e =>
        {
            e.ToTable("workflow_filing_cycles");
            e.HasKey(c => c.FilingId);
        });
        modelBuilder.Entity<StageChange>(e =>
        {
            e.ToTable("workflow_stage_changes");
            e.HasKey(c => c.MessageId);
        });
    }
}
