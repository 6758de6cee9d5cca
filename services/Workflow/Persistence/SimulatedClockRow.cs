namespace PerfWorkflow.Workflow.Persistence;

/// <summary>
/// The virtual "now" of simulation mode (<c>workflow_sim_clock</c>, a single row with <see cref="Id"/> 1). Every
/// Workflow process with <c>Clock:Mode=Simulated</c> reads it, so replicas share one virtual time; a test advances it.
/// </summary>
public sealed class SimulatedClockRow
{
    public required int Id { get; init; }
    public required DateTime Now { get; set; }
}
