using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>The "below 90 % the department must explain why" rule [practice], shared by the self-evaluation forms.</summary>
public static class ExecutionRateRules
{
    /// <summary>Default threshold (percent) under which an execution rate needs a written reason.</summary>
    public const decimal DefaultExplanationThresholdPercent = 90m;

    /// <summary>
    /// A finding of <paramref name="severity"/> when executed ÷ budget is under the threshold and
    /// <paramref name="explanation"/> is blank; null otherwise.
    /// </summary>
    public static Finding? CheckExplained(
        decimal executed,
        decimal budget,
        string explanation,
        decimal thresholdPercent,
        FindingSeverity severity,
        string code,
        string fieldPath,
        string subject)
    {
        if (budget <= 0m || !string.IsNullOrWhiteSpace(explanation))
        {
            return null;
        }

        var rate = executed / budget * 100m;
        if (rate >= thresholdPercent)
        {
            return null;
        }

        return new Finding(code, severity, fieldPath,
            $"{subject}预算执行率{MoneyText.Percent(Math.Round(rate, 2, MidpointRounding.AwayFromZero), 2)}低于" +
            $"{MoneyText.Percent(thresholdPercent, 0)}，需说明原因。");
    }
}
