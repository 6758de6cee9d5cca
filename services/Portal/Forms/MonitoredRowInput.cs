namespace PerfWorkflow.Portal.Forms;

/// <summary>What the filer writes for one approved indicator on the 绩效运行监控表, kept as typed.</summary>
public sealed class MonitoredRowInput
{
    public string? CompletedByEndOfJune { get; set; }

    public string? ForecastFullYear { get; set; }

    /// <summary>A <see cref="Domain.Forms.CompletionLikelihood"/> name, or empty.</summary>
    public string? Likelihood { get; set; }

    /// <summary><see cref="Domain.Forms.DeviationCause"/> names ticked.</summary>
    public List<string> Causes { get; set; } = [];

    public string? DeviationNote { get; set; }

    public string? CorrectiveAction { get; set; }
}
