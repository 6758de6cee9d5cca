namespace PerfWorkflow.Portal.Forms;

/// <summary>One money field of the declaration editor (万元), kept as typed so a wrong entry is shown back unchanged.</summary>
public sealed class MoneyInput
{
    public string Field { get; set; } = string.Empty;

    public string? Value { get; set; }
}
