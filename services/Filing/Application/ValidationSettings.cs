using System.Globalization;
using PerfWorkflow.Domain.Forms.Validation;
using PerfWorkflow.Domain.Scoring;

namespace PerfWorkflow.Filing.Application;

/// <summary>
/// The bureau's validation settings from configuration: <c>Validation:ExecutionExplanationThresholdPercent</c> (90) and
/// <c>Validation:GradeBands:{Excellent,Good,Fair}</c> (90/80/60). A bad value stops the service at start, not a filing.
/// </summary>
public static class ValidationSettings
{
    public static FormValidationOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection("Validation");
        var defaults = FormValidationOptions.Default;
        var bands = defaults.GradeBands;
        return defaults with
        {
            ExecutionExplanationThresholdPercent = Percent(section, "ExecutionExplanationThresholdPercent", defaults.ExecutionExplanationThresholdPercent),
            GradeBands = new GradeBands(
                Percent(section, "GradeBands:Excellent", bands.Excellent),
                Percent(section, "GradeBands:Good", bands.Good),
                Percent(section, "GradeBands:Fair", bands.Fair)),
        };
    }

    private static decimal Percent(IConfigurationSection section, string key, decimal fallback)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value is >= 0m and <= 100m
            ? value
            : throw new InvalidOperationException($"Configuration Validation:{key} = \"{text}\" is not a number between 0 and 100.");
    }
}
