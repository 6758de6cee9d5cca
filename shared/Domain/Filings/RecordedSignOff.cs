namespace PerfWorkflow.Domain.Filings;

/// <summary>签认: one signer of a monitoring chain step confirmed the 绩效运行监控表.</summary>
public sealed record RecordedSignOff(int Step, string Role, string SignedBy, string? Comment, DateTimeOffset At);
