using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Organisation;

namespace PerfWorkflow.Domain.Tests.Organisation;

public sealed class SeparationOfDutiesTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 10, 9, 0, 0, TimeSpan.FromHours(8));

    private static readonly Dictionary<string, AccountOrigin> Origins = new(StringComparer.Ordinal)
    {
        ["new-head"] = new("new-head", "perf-office", Now.AddDays(-3)),
        ["new-finance"] = new("new-finance", "perf-office", Now.AddDays(-29)),
        ["old-finance"] = new("old-finance", "perf-office", Now.AddDays(-31)),
        ["new-office"] = new("new-office", "perf-office", Now.AddDays(-10)),
        ["made-by-new-office"] = new("made-by-new-office", "new-office", Now.AddDays(-1)),
        ["other-new-head"] = new("other-new-head", "admin-2", Now.AddDays(-2)),
    };

    private static AccountOrigin? Origin(string id) => Origins.GetValueOrDefault(id);

    [Fact]
    public void Two_accounts_one_person_made_within_30_days_may_not_both_move_one_form_towards_approval()
    {
        var refused = Assert.Throws<FilingRuleException>(() =>
            SeparationOfDuties.RequireIndependent("new-finance", ["d1-filer", "new-head"], Origin, Now));

        Assert.Equal(SeparationOfDuties.RuleCode, refused.Code);
        Assert.Contains("new-head", refused.Message, StringComparison.Ordinal);
        Assert.Contains(refused.Message, c => c is >= '\u4e00' and <= '\u9fff');
    }

    [Fact]
    public void The_maker_may_not_decide_on_a_form_an_account_it_made_recently_already_acted_on()
    {
        Assert.Throws<FilingRuleException>(() => SeparationOfDuties.RequireIndependent("perf-office", ["d1-filer", "new-head"], Origin, Now));
        Assert.Throws<FilingRuleException>(() => SeparationOfDuties.RequireIndependent("new-head", ["d1-filer", "perf-office"], Origin, Now));
    }

    [Fact]
    public void An_account_made_by_a_new_account_answers_to_the_first_maker()
    {
        Assert.Equal("perf-office", SeparationOfDuties.AnswerableFor("made-by-new-office", Origin, Now));
        Assert.Throws<FilingRuleException>(() => SeparationOfDuties.RequireIndependent("made-by-new-office", ["new-head"], Origin, Now));
    }

    [Fact]
    public void After_30_days_an_account_answers_for_itself()
    {
        Assert.Equal("old-finance", SeparationOfDuties.AnswerableFor("old-finance", Origin, Now));
        SeparationOfDuties.RequireIndependent("old-finance", ["d1-filer", "new-head"], Origin, Now);
    }

    [Fact]
    public void Accounts_made_by_different_people_and_seeded_accounts_are_independent()
    {
        SeparationOfDuties.RequireIndependent("other-new-head", ["d1-filer", "new-finance"], Origin, Now);
        SeparationOfDuties.RequireIndependent("finance-1", ["d1-filer", "d1-head"], Origin, Now);
    }

    [Fact]
    public void A_decider_who_already_acted_on_the_form_is_not_in_conflict_with_itself()
    {
        SeparationOfDuties.RequireIndependent("new-head", ["d1-filer", "new-head"], Origin, Now);
    }
}
