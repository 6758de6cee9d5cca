using System.Text.Json;
using PerfWorkflow.Portal.Forms;

namespace PerfWorkflow.Host.Tests;

/// <summary>The reading view of a form shows its choices in the form's words, never the stored member names.</summary>
public sealed class DocumentReadingViewTests
{
    [Theory]
    [InlineData("kind", "FundingUnit", "资金使用单位")]
    [InlineData("likelihood", "Certain", "确定能")]
    [InlineData("status", "Verified", "已核实")]
    [InlineData("name", "FundingUnit", "FundingUnit")]
    public void A_stored_choice_is_shown_in_chinese_and_other_text_as_written(string property, string stored, string shown) =>
        Assert.Equal(shown, DocumentLayout.Format(property, JsonSerializer.SerializeToElement(stored)));

    [Fact]
    public void Every_deviation_cause_of_an_indicator_is_shown_in_chinese() =>
        Assert.Equal("经费保障；其他", DocumentLayout.Format("deviationCauses", JsonSerializer.SerializeToElement(new[] { "Funding", "Other" })));
}
