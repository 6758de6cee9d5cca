using System.Globalization;

namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>Shared arithmetic and wording for the money rules, so every message shows amounts the same way.</summary>
internal static class MoneyText
{
    /// <summary>
    /// Each amount on a form is rounded to the cent on its own, so a sum of n amounts may drift by up to n cents
    /// (seed 004: 77,909.64 summed vs 77,909.65 stated).
    /// </summary>
    public static bool Balances(decimal summed, decimal stated, int summedTerms) =>
        Math.Abs(summed - stated) <= 0.01m * Math.Max(1, summedTerms);

    public static string Wan(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture) + "万元";

    public static string Percent(decimal value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";

    public static string Percent(StatedPercentage stated) => Percent(stated.Value, stated.DecimalPlaces);
}
