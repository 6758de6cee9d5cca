using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Rectification;

namespace PerfWorkflow.Domain.Tests.Forms;

public sealed class FormChoiceWordsTests
{
    [Fact]
    public void Every_choice_of_every_form_has_its_own_chinese_word()
    {
        AssertEveryMemberHasAWord(FormChoiceWords.Likelihoods);
        AssertEveryMemberHasAWord(FormChoiceWords.Causes);
        AssertEveryMemberHasAWord(FormChoiceWords.RowKinds);
        AssertEveryMemberHasAWord(FormChoiceWords.Sources);
        AssertEveryMemberHasAWord(FormChoiceWords.Statuses);
    }

    [Theory]
    [InlineData("kind", "FundingUnit", "资金使用单位")]
    [InlineData("kind", "Project", "项目")]
    [InlineData("likelihood", "Possible", "有可能")]
    [InlineData("deviationCauses", "Facilities", "硬件条件保障")]
    [InlineData("status", "Rejected", "已退回")]
    [InlineData("source", "Review", "财政评审")]
    public void A_stored_choice_reads_in_the_forms_words_by_the_property_that_holds_it(string property, string stored, string word) =>
        Assert.Equal(word, FormChoiceWords.OfStored(property, stored));

    [Theory]
    [InlineData("name", "Project")]
    [InlineData("kind", "项目")]
    [InlineData("kind", "1")]
    [InlineData("status", "Closed")]
    public void Text_that_is_no_stored_choice_of_its_property_is_left_to_show_as_written(string property, string stored) =>
        Assert.Null(FormChoiceWords.OfStored(property, stored));

    private static void AssertEveryMemberHasAWord<T>(IReadOnlyDictionary<T, string> words)
        where T : struct, Enum
    {
        Assert.Equal(Enum.GetValues<T>().Order(), words.Keys.Order());
        Assert.All(words.Values, w => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}+$", w));
        Assert.Equal(words.Count, words.Values.Distinct().Count());
    }
}
