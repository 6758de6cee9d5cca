using PerfWorkflow.Domain.Organisation;

namespace PerfWorkflow.Domain.Tests.Organisation;

public sealed class DepartmentRulesTests
{
    [Fact]
    public void A_department_with_a_plain_id_a_name_and_an_existing_or_no_supervisor_may_be_created()
    {
        Assert.Empty(DepartmentRules.ForNew(new NewDepartment("d-tianhe_01", "天河区教育局", null), supervisorExists: false));
        Assert.Empty(DepartmentRules.ForNew(new NewDepartment("d2", "某中学", "d1"), supervisorExists: true));
    }

    [Fact]
    public void A_bad_id_a_missing_name_and_an_unknown_supervisor_are_each_refused_on_their_field()
    {
        var violations = DepartmentRules.ForNew(new NewDepartment("教育局", "", "nowhere"), supervisorExists: false);

        Assert.Equal(
            [(DepartmentRules.IdInvalid, "id"), (DepartmentRules.NameRequired, "name"), (DepartmentRules.SupervisorUnknown, "supervisingDepartmentId")],
            violations.Select(v => (v.Code, v.Field)));
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("A-b_9", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("a b", false)]
    [InlineData("a/b", false)]
    [InlineData("部门", false)]
    public void A_plain_id_is_ascii_letters_digits_hyphens_and_underscores(string? id, bool valid)
    {
        Assert.Equal(valid, PlainId.IsValid(id));
    }

    [Fact]
    public void A_plain_id_is_at_most_64_characters()
    {
        Assert.True(PlainId.IsValid(new string('a', PlainId.MaxLength)));
        Assert.False(PlainId.IsValid(new string('a', PlainId.MaxLength + 1)));
    }

    [Theory]
    [InlineData(Roles.PerformanceOffice, true)]
    [InlineData(Roles.FinanceDivision, false)]
    [InlineData(Roles.DepartmentHead, false)]
    [InlineData(Roles.Filer, false)]
    public void Only_the_performance_office_maintains_the_organisation_and_revises_chains(string role, bool allowed)
    {
        Assert.Equal(allowed, OrganisationPermissions.CheckMaintainer(role) is null);
        Assert.Equal(allowed, OrganisationPermissions.CheckChainReviser(role) is null);
        if (!allowed)
        {
            Assert.Equal(OrganisationPermissions.MaintainDenied, OrganisationPermissions.CheckMaintainer(role)!.Code);
            Assert.Equal(OrganisationPermissions.ReviseChainDenied, OrganisationPermissions.CheckChainReviser(role)!.Code);
        }
    }
}
