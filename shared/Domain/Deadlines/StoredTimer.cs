namespace PerfWorkflow.Domain.Deadlines;

/// <summary>A deadline timer as the scheduler holds it: its key, and whether it has fired (fired keys are never armed again).</summary>
public sealed record StoredTimer(string Key, bool Fired);
