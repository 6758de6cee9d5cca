namespace PerfWorkflow.Domain.Indicators;

/// <summary>A status word written beside an actual value: "36栋，已完成", "已完成1期".</summary>
public enum CompletionStatus
{
    None,
    Completed,
    InProgress,
    NotCompleted,
}
