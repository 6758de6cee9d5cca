namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// A percentage as a form states it: 96.20% is Value 96.20 with DecimalPlaces 2. The precision matters because a stated
/// rate is checked against the recomputed one rounded to the same number of decimals (docs/domain.md §2).
/// </summary>
public sealed record StatedPercentage(decimal Value, int DecimalPlaces);
