namespace PerfWorkflow.Portal.Forms;

/// <summary>One 年度重点工作任务 of the declaration editor as posted; a row left without a name is not saved.</summary>
public sealed class KeyTaskInput
{
    public string? Name { get; set; }

    public string? Content { get; set; }

    public string? PlannedFunds { get; set; }

    public string? ExpectedOutcome { get; set; }

    public bool Remove { get; set; }
}
