using Microsoft.Extensions.Configuration;
using PerfWorkflow.Domain.Forms.Validation;
using PerfWorkflow.Filing.Application;

namespace PerfWorkflow.Filing.Tests.Configuration;

public class ValidationSettingsTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void Without_settings_the_district_defaults_apply() =>
        Assert.Equal(FormValidationOptions.Default, ValidationSettings.Read(Config()));

    [Fact]
    public void The_threshold_and_grade_bands_come_from_configuration()
    {
        var options = ValidationSettings.Read(Config(
            ("Validation:ExecutionExplanationThresholdPercent", "85"), ("Validation:GradeBands:Excellent", "92.5")));

        Assert.Equal(85m, options.ExecutionExplanationThresholdPercent);
        Assert.Equal((92.5m, 80m, 60m), (options.GradeBands.Excellent, options.GradeBands.Good, options.GradeBands.Fair));
    }

    [Theory]
    [InlineData("九十")]
    [InlineData("120")]
    public void A_bad_value_stops_the_service_at_start_with_the_key_named(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            ValidationSettings.Read(Config(("Validation:ExecutionExplanationThresholdPercent", value))));

        Assert.Contains("Validation:ExecutionExplanationThresholdPercent", error.Message, StringComparison.Ordinal);
    }
}
