namespace PerfWorkflow.Filing.Api;

/// <summary>An account as a change leaves it.</summary>
public sealed record AccountView(string Id, string DisplayName, string Role, string? DepartmentId, string Region, bool Disabled);
