using PerfWorkflow.Domain.Organisation;

namespace PerfWorkflow.Domain.Tests.Organisation;

public sealed class AccountChangeTests
{
    private static readonly AccountSettings Head = new("王部长", Roles.DepartmentHead, "d1", Disabled: false);

    [Fact]
    public void What_a_change_omits_stays_and_what_it_gives_changes_with_the_name_trimmed()
    {
        Assert.Equal(Head, new AccountChange(null, null, null, null).ApplyTo(Head));
        Assert.Equal(Head with { DisplayName = "王局长", Disabled = true }, new AccountChange(" 王局长 ", null, null, true).ApplyTo(Head));
    }

    [Fact]
    public void A_department_role_keeps_its_department_unless_another_is_given()
    {
        Assert.Equal("d1", new AccountChange(null, Roles.Filer, null, null).ApplyTo(Head).DepartmentId);
        Assert.Equal("d2", new AccountChange(null, null, "d2", null).ApplyTo(Head).DepartmentId);
    }

    [Fact]
    public void An_account_moved_to_a_bureau_role_keeps_no_department_even_when_one_is_given()
    {
        Assert.Null(new AccountChange(null, Roles.FinanceDivision, "d2", null).ApplyTo(Head).DepartmentId);
    }

    [Fact]
    public void A_new_role_department_or_disabling_outdates_earlier_tokens_and_a_new_name_does_not()
    {
        Assert.True(new AccountChange(null, Roles.Filer, null, null).ApplyTo(Head).OutdatesTokensOf(Head));
        Assert.True(new AccountChange(null, null, "d2", null).ApplyTo(Head).OutdatesTokensOf(Head));
        Assert.True(new AccountChange(null, null, null, true).ApplyTo(Head).OutdatesTokensOf(Head));
        Assert.False(new AccountChange("王局长", null, null, false).ApplyTo(Head).OutdatesTokensOf(Head));
    }
}
