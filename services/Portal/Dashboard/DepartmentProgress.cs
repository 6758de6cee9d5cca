namespace PerfWorkflow.Portal.Dashboard;

/// <summary>Where one department's filing of the year stands: its active stage and that stage's state (null: no filing).</summary>
public sealed record DepartmentProgress(string Department, string? Stage, string? State);
