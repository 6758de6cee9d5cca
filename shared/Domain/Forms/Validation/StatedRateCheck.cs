using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>
/// Compares a rate a form states with the rate recomputed from its own amounts, rounded to the precision the form
/// wrote: 95.8 % against 95.76 % is right (one decimal written), 96.20 % against 96.16 % is wrong (two written).
/// </summary>
public static class StatedRateCheck
{
    /// <summary>numerator ÷ denominator × 100 rounded half away from zero to <paramref name="decimals"/>; null if the denominator is 0.</summary>
    public static decimal? Recompute(decimal numerator, decimal denominator, int decimals)
    {
        if (denominator == 0m)
        {
            return null;
        }

        return Math.Round(numerator / denominator * 100m, Math.Clamp(decimals, 0, 10), MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// A finding when the stated rate disagrees with the recomputed one (error) or cannot be recomputed (error);
    /// null when it agrees or nothing is stated.
    /// </summary>
    public static Finding? Check(
        StatedPercentage? stated,
        decimal numerator,
        decimal denominator,
        string code,
        string fieldPath,
        string rateName,
        string formula)
    {
        if (stated is null)
        {
            return null;
        }

        var recomputed = Recompute(numerator, denominator, stated.DecimalPlaces);
        if (recomputed is null)
        {
            return new Finding(code, FindingSeverity.Error, fieldPath,
                $"{rateName}填报为{MoneyText.Percent(stated)}，但{formula}的分母为0，无法核对。");
        }

        if (recomputed.Value == stated.Value)
        {
            return null;
        }

        return new Finding(code, FindingSeverity.Error, fieldPath,
            $"{rateName}填报为{MoneyText.Percent(stated)}，按{formula}（{MoneyText.Wan(numerator)}÷{MoneyText.Wan(denominator)}）" +
            $"计算应为{MoneyText.Percent(recomputed.Value, stated.DecimalPlaces)}，请核实。");
    }
}
