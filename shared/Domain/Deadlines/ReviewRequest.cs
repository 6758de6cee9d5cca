namespace PerfWorkflow.Domain.Deadlines;

/// <summary>A review step of <see cref="Stage"/> now waits on <see cref="Assignees"/>; <see cref="RequestId"/> names the request.</summary>
public sealed record ReviewRequest(Guid RequestId, FilingStage Stage, int Step, IReadOnlyList<string> Assignees, DateTimeOffset RequestedAt);
