using PerfWorkflow.Domain.Organisation;

namespace PerfWorkflow.Domain.Tests.Organisation;

public sealed class AccountRulesTests
{
    private static readonly NewAccount GoodFiler = new("d1-filer-2", "李填报", Roles.Filer, "d1", "Initial@2027");

    private static IEnumerable<(string Code, string Field)> Broken(IReadOnlyList<OrganisationRuleViolation> violations) =>
        violations.Select(v => (v.Code, v.Field));

    [Fact]
    public void A_filer_of_an_existing_department_with_a_name_and_an_eight_character_password_may_be_created()
    {
        Assert.Empty(AccountRules.ForNew(GoodFiler, departmentExists: true));
        Assert.Empty(AccountRules.ForNew(GoodFiler with { Password = "12345678" }, departmentExists: true));
    }

    [Fact]
    public void Every_broken_rule_of_a_new_account_is_named_on_its_own_field_in_chinese()
    {
        var violations = AccountRules.ForNew(new NewAccount("李 四", " ", "mayor", null, "1234567"), departmentExists: false);

        Assert.Equal(
            [(AccountRules.IdInvalid, "id"), (AccountRules.DisplayNameRequired, "displayName"), (AccountRules.RoleUnknown, "role"), (AccountRules.PasswordTooShort, "password")],
            Broken(violations));
        Assert.All(violations, v => Assert.Contains(v.Message, c => c is >= '\u4e00' and <= '\u9fff'));
    }

    [Theory]
    [InlineData(Roles.Filer)]
    [InlineData(Roles.DepartmentHead)]
    [InlineData(Roles.SupervisingReviewer)]
    public void A_department_role_needs_a_department_of_the_region(string role)
    {
        var violation = Assert.Single(AccountRules.ForNew(GoodFiler with { Role = role }, departmentExists: false));

        Assert.Equal((AccountRules.DepartmentRequired, "departmentId"), (violation.Code, violation.Field));
    }

    [Theory]
    [InlineData(Roles.FinanceDivision)]
    [InlineData(Roles.PerformanceOffice)]
    public void A_bureau_role_needs_no_department_and_keeps_none_even_when_one_is_named(string role)
    {
        var account = GoodFiler with { Role = role };

        Assert.Empty(AccountRules.ForNew(account, departmentExists: false));
        Assert.Null(account.KeptDepartmentId);
        Assert.Equal("d1", GoodFiler.KeptDepartmentId);
    }

    [Fact]
    public void The_performance_office_may_not_disable_its_own_account_nor_give_itself_another_role()
    {
        var current = new AccountSettings("绩效科", Roles.PerformanceOffice, null, Disabled: false);
        var change = new AccountChange(null, Roles.FinanceDivision, null, Disabled: true);

        var violations = AccountRules.ForChange("perf-office", "perf-office", change, change.ApplyTo(current), departmentExists: false);

        Assert.Equal([(AccountRules.SelfDisable, "disabled"), (AccountRules.SelfRoleChange, "role")], Broken(violations));
    }

    [Fact]
    public void The_performance_office_may_disable_and_move_someone_else()
    {
        var current = new AccountSettings("财政一科", Roles.FinanceDivision, null, Disabled: false);
        var change = new AccountChange(null, Roles.DepartmentHead, "d2", Disabled: true);

        Assert.Empty(AccountRules.ForChange("finance-1", "perf-office", change, change.ApplyTo(current), departmentExists: true));
    }

    [Fact]
    public void A_change_with_a_blank_name_an_unknown_role_or_no_department_for_a_department_role_is_refused()
    {
        var current = new AccountSettings("张三", Roles.FinanceDivision, null, Disabled: false);

        Assert.Equal([(AccountRules.DisplayNameRequired, "displayName")],
            Broken(AccountRules.ForChange("finance-1", "perf-office", new AccountChange("  ", null, null, null), current, departmentExists: false)));
        Assert.Equal([(AccountRules.RoleUnknown, "role")],
            Broken(AccountRules.ForChange("finance-1", "perf-office", new AccountChange(null, "mayor", null, null), current with { Role = "mayor" }, departmentExists: false)));
        var toFiler = new AccountChange(null, Roles.Filer, null, null);
        Assert.Equal([(AccountRules.DepartmentRequired, "departmentId")],
            Broken(AccountRules.ForChange("finance-1", "perf-office", toFiler, toFiler.ApplyTo(current), departmentExists: false)));
    }
}
