namespace PerfWorkflow.Workflow.Messaging;

/// <summary>Where Filing said a filing's cycle stands as of <see cref="At"/>.</summary>
public sealed record CycleMove(Guid FilingId, string DepartmentId, int FiscalYear, string Stage, string StageState, DateTime At);
