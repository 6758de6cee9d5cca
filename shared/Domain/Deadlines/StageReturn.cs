namespace PerfWorkflow.Domain.Deadlines;

/// <summary>退回修改 of <see cref="Stage"/> from review step <see cref="FromStep"/> to an earlier step, or to the filer (<see cref="ToStep"/> null).</summary>
public sealed record StageReturn(FilingStage Stage, int FromStep, int? ToStep, string FiledBy, DateTimeOffset At)
{
    public bool BackWithFiler => ToStep is null;
}
