namespace PerfWorkflow.Domain.Indicators;

/// <summary>定量 (number and unit), 定性 (words), or nothing written.</summary>
public enum TargetValueKind
{
    Empty,
    Quantitative,
    Qualitative,
}
