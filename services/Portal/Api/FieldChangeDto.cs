namespace PerfWorkflow.Portal.Api;

/// <summary>One field that differs between two submitted versions of a form.</summary>
public sealed record FieldChangeDto(string Path, string? Before, string? After);
