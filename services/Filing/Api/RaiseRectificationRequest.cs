namespace PerfWorkflow.Filing.Api;

/// <summary>A problem to rectify: where it was found, the measure, who owns it and by when.</summary>
public sealed record RaiseRectificationRequest(string? Source, string? Problem, string? Measure, string? Owner, DateOnly? Deadline);
