namespace PerfWorkflow.Filing.Api;

/// <summary>An account as its creation answers it: as requested (the department named, even for a bureau role that keeps none).</summary>
public sealed record NewAccountView(string Id, string DisplayName, string Role, string? DepartmentId, string Region);
