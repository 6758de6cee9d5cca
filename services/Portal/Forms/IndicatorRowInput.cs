namespace PerfWorkflow.Portal.Forms;

/// <summary>
/// One row of the indicator tree editor as posted: which list it belongs to ("indicators", "rows[2].indicators"),
/// which saved entry it came from (−1 for a new row, whose other fields start empty), its five texts, and whether
/// the person ticked 删除.
/// </summary>
public sealed class IndicatorRowInput
{
    public string List { get; set; } = "indicators";

    public int Original { get; set; } = -1;

    public string? Level1 { get; set; }

    public string? Level2 { get; set; }

    public string? Name { get; set; }

    public string? PeriodTarget { get; set; }

    public string? AnnualTarget { get; set; }

    public bool Remove { get; set; }
}
