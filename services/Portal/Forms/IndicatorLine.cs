namespace PerfWorkflow.Portal.Forms;

/// <summary>One 三级 indicator in an <see cref="IndicatorTree"/>; a span of 0 means the merged cell above covers it.</summary>
public sealed record IndicatorLine(string Path, int Index, IndicatorValues Values, int Level1Span, int Level2Span);
