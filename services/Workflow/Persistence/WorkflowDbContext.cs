using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Hosting.Security.Revocation;

namespace PerfWorkflow.Workflow.Persistence;

/// <summary>The Workflow service's tables (prefix <c>workflow_</c>).</summary>
public sealed class WorkflowDbContext(DbContextOptions<WorkflowDbContext> options) : ServiceDbContext(options), IRevocationReplicaContext
{
    public override string TablePrefix => "workflow";

    public DbSet<ReplicatedTokenRevocation> RevokedTokens => Set<ReplicatedTokenRevocation>();

    public DbSet<ReplicatedAccountRevocation> AccountRevocations => Set<ReplicatedAccountRevocation>();

    public DbSet<FilingCycle> FilingCycles => Set<FilingCycle>();

    public DbSet<StageChange> StageChanges => Set<StageChange>();

    public DbSet<CycleCalendarVersion> CycleCalendars => Set<CycleCalendarVersion>();

    public DbSet<ExtensionAudit> Extensions => Set<ExtensionAudit>();

    public DbSet<ExtensionApplication> ExtensionApplications => Set<ExtensionApplication>();

    public DbSet<FilingTimetable> Timetables => Set<FilingTimetable>();

    public DbSet<StageDeadline> Deadlines => Set<StageDeadline>();

    public DbSet<TimerRecord> Timers => Set<TimerRecord>();

    public DbSet<SimulatedClockRow> SimulatedClock => Set<SimulatedClockRow>();

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
        modelBuilder.Entity<CycleCalendarVersion>(e =>
        {
            e.ToTable("workflow_cycle_calendars");
            e.HasKey(c => new { c.Region, c.FiscalYear, c.Version });
        });
        modelBuilder.Entity<ExtensionAudit>(e =>
        {
            e.ToTable("workflow_extensions");
            e.HasKey(x => x.Id);
        });
        modelBuilder.Entity<ExtensionApplication>(e =>
        {
            e.ToTable("workflow_extension_applications");
            e.HasKey(x => x.Id);
        });
        modelBuilder.Entity<FilingTimetable>(e =>
        {
            e.ToTable("workflow_filing_timetables");
            e.HasKey(t => t.FilingId);
        });
        modelBuilder.Entity<StageDeadline>(e =>
        {
            e.ToTable("workflow_deadlines");
            e.HasKey(d => new { d.FilingId, d.Stage });
        });
        modelBuilder.Entity<TimerRecord>(e =>
        {
            e.ToTable("workflow_timers");
            e.HasKey(t => t.Key);
            var recipients = e.Property(t => t.Recipients).HasConversion((ValueConverter)new AddressListConverter(), AddressListConverter.Comparer);
            if (IsPostgreSql)
            {
                recipients.HasColumnType("jsonb");
            }
        });
        modelBuilder.Entity<SimulatedClockRow>(e =>
        {
            e.ToTable("workflow_sim_clock");
            e.HasKey(c => c.Id);
            e.Property(c => c.Id).ValueGeneratedNever();
        });
    }
}
