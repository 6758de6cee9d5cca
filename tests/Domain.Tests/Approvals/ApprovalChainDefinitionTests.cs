using System.Text.Json;
using PerfWorkflow.Domain.Approvals;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Tests.Filings;

namespace PerfWorkflow.Domain.Tests.Approvals;

public class ApprovalChainDefinitionTests
{
    private const string Department = "dept-001";

    private static OrganisationStub Organisation() => new OrganisationStub()
        .With(ApprovalRoleKeys.DepartmentHead, Department, FilingFixture.Head)
        .With(ApprovalRoleKeys.FinanceDivision, Department, "finance-2", "finance-1")
        .With(ApprovalRoleKeys.PerformanceOffice, Department, FilingFixture.PerformanceOffice);

    [Fact]
    public void Pinning_resolves_each_role_skips_a_vacant_optional_step_and_numbers_the_rest()
    {
        var chain = ApprovalChainDefaults.For("天河区", 2026, CycleStage.Declaration).Pin(Department, Organisation());

        Assert.Equal(("天河区/2026/Declaration", 1), (chain.ChainId, chain.Version));
        Assert.Equal([1, 2, 3], chain.Steps.Select(s => s.Number));
        Assert.Equal(["部门负责人", "财政业务科室", "绩效管理科"], chain.Steps.Select(s => s.Role));
        Assert.Equal([ApprovalRoleKeys.DepartmentHead, ApprovalRoleKeys.FinanceDivision, ApprovalRoleKeys.PerformanceOffice], chain.Steps.Select(s => s.RoleKey));
        Assert.Equal([SignMode.Single, SignMode.Any, SignMode.Single], chain.Steps.Select(s => s.Mode));
        Assert.Equal(["finance-1", "finance-2"], chain.Steps[1].Assignees);
    }

    [Fact]
    public void A_secondary_unit_gets_its_supervising_department_step()
    {
        var organisation = Organisation().With(ApprovalRoleKeys.SupervisingReviewer, Department, "supervisor-1");
        var chain = ApprovalChainDefaults.For("天河区", 2026, CycleStage.SelfEvaluation).Pin(Department, organisation);
        Assert.Equal(["部门负责人", "主管部门", "财政业务科室", "绩效管理科"], chain.Steps.Select(s => s.Role));
    }

    [Fact]
    public void Monitoring_is_signed_off_by_the_department_head_and_the_finance_division()
    {
        var chain = ApprovalChainDefaults.For("天河区", 2026, CycleStage.Monitoring).Pin(Department, Organisation());
        Assert.Equal([ApprovalRoleKeys.DepartmentHead, ApprovalRoleKeys.FinanceDivision], chain.Steps.Select(s => s.RoleKey));

        var withoutFinance = Assert.Throws<FilingRuleException>(() => ApprovalChainDefinition.Create("天河区", 2026, CycleStage.Monitoring, 1,
            [new(ApprovalRoleKeys.DepartmentHead, SignMode.Any)]));
        Assert.Equal("chain.monitoring-sign-offs", withoutFinance.Code);
        var skippable = Assert.Throws<FilingRuleException>(() => ApprovalChainDefinition.Create("天河区", 2026, CycleStage.Monitoring, 1,
            [new(ApprovalRoleKeys.DepartmentHead, SignMode.Any), new(ApprovalRoleKeys.FinanceDivision, SignMode.Any, SkipWhenVacant: true)]));
        Assert.Equal("chain.monitoring-sign-offs", skippable.Code);
    }

    [Fact]
    public void A_vacant_required_role_and_a_single_step_with_several_holders_are_refused()
    {
        var vacant = new OrganisationStub().With(ApprovalRoleKeys.DepartmentHead, Department, FilingFixture.Head);
        Assert.Equal("chain.role-vacant", Assert.Throws<FilingRuleException>(() =>
            ApprovalChainDefaults.For("天河区", 2026, CycleStage.Declaration).Pin(Department, vacant)).Code);

        var single = ApprovalChainDefinition.Create("天河区", 2026, CycleStage.Declaration, 1, [new(ApprovalRoleKeys.FinanceDivision, SignMode.Single)]);
        Assert.Equal("chain.single-needs-one", Assert.Throws<FilingRuleException>(() => single.Pin(Department, Organisation())).Code);
    }

    [Theory]
    [InlineData(" ", CycleStage.Declaration, 1, "chain.region-required")]
    [InlineData("天河区", CycleStage.Rectification, 1, "chain.stage")]
    [InlineData("天河区", CycleStage.Declaration, 0, "chain.version")]
    public void A_definition_needs_a_region_a_stage_with_a_chain_and_a_version(string region, CycleStage stage, int version, string code) =>
        Assert.Equal(code, Assert.Throws<FilingRuleException>(() =>
            ApprovalChainDefinition.Create(region, 2026, stage, version, [new(ApprovalRoleKeys.DepartmentHead, SignMode.Any)])).Code);

    [Fact]
    public void A_definition_needs_distinct_roles()
    {
        Assert.Equal("chain.empty", Assert.Throws<FilingRuleException>(() => ApprovalChainDefinition.Create("天河区", 2026, CycleStage.Declaration, 1, [])).Code);
        Assert.Equal("chain.roles", Assert.Throws<FilingRuleException>(() => ApprovalChainDefinition.Create("天河区", 2026, CycleStage.Declaration, 1,
            [new(ApprovalRoleKeys.DepartmentHead, SignMode.Any), new(ApprovalRoleKeys.DepartmentHead, SignMode.All)])).Code);
    }

    [Fact]
    public void Editing_the_definition_after_a_filing_pinned_it_does_not_change_the_pinned_chain()
    {
        var organisation = Organisation();
        var definition = ApprovalChainDefinition.Create("天河区", 2026, CycleStage.Declaration, 1,
            [new(ApprovalRoleKeys.DepartmentHead, SignMode.Any), new(ApprovalRoleKeys.FinanceDivision, SignMode.Any)]);
        var pinned = new FilingFixture(definition.Pin(Department, organisation)).Submit();
        var pinnedChain = JsonSerializer.Serialize(pinned.Filing.Chain);

        // The bureau adds the performance office, and the organisation gets a new department head.
        var revised = definition.Revise([.. definition.Steps, new(ApprovalRoleKeys.PerformanceOffice, SignMode.Any)]);
        organisation.With(ApprovalRoleKeys.DepartmentHead, Department, "new-head");
        Assert.Equal(2, revised.Version);
        Assert.Equal(1, definition.Version);
        Assert.Equal(2, definition.Steps.Count);
        Assert.Equal(pinnedChain, JsonSerializer.Serialize(pinned.Filing.Chain));

        // A later submission passes the new chain, but a pinned form keeps its own: through a return and resubmission too.
        var newChain = revised.Pin(Department, organisation);
        pinned.Do((f, now) => f.Approve(FilingFixture.Head, null, now));
        pinned.Do((f, now) => f.Return("finance-1", "请补充测算依据。", toPreviousStep: false, now));
        pinned.Do((f, now) => f.Submit(FilingFixture.Filer, newChain, now));
        Assert.Equal((1, 2), (pinned.Filing.Chain!.Version, pinned.Filing.Chain.Steps.Count));
        pinned.Do((f, now) => f.Approve("finance-2", null, now));
        Assert.Equal(StageState.Approved, pinned.Filing.State);

        var later = new FilingFixture(newChain).Submit();
        Assert.Equal((2, 3), (later.Filing.Chain!.Version, later.Filing.Chain.Steps.Count));
        Assert.Equal(["new-head"], later.Filing.Chain.Step(1).Assignees);
        Assert.Equal("review.not-assignee", Assert.Throws<FilingRuleException>(() => later.Filing.Approve(FilingFixture.Head, null, later.Now)).Code);
    }

    [Fact]
    public void A_withdrawn_form_keeps_its_pinned_chain_when_submitted_again()
    {
        var fixture = new FilingFixture().Submit();
        fixture.Do((f, now) => f.Withdraw(FilingFixture.Filer, now));
        fixture.Do((f, now) => f.Submit(FilingFixture.Filer, FilingFixture.TwoStepChain(version: 7), now));
        Assert.Equal(1, fixture.Filing.Chain!.Version);
    }
}
