namespace PerfWorkflow.Filing.Application;

/// <summary>One field that differs between two versions of a form: its path, and its value before and after.</summary>
public sealed record FieldChange(string Path, string? Before, string? After);
