using PerfWorkflow.Domain.Approvals;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Organisation;

namespace PerfWorkflow.Domain.Tests.Organisation;

public sealed class ChainStepRulesTests
{
    [Fact]
    public void Steps_naming_reviewing_roles_and_sign_modes_by_name_become_step_definitions()
    {
        var (steps, violations) = ChainStepRules.Read(
            [new ChainStepDraft(Roles.DepartmentHead, "Single", false), new ChainStepDraft(Roles.SupervisingReviewer, " Any ", true), new ChainStepDraft(Roles.FinanceDivision, "All", false)]);

        Assert.Empty(violations);
        Assert.Equal(
            [new ApprovalStepDefinition(Roles.DepartmentHead, SignMode.Single), new ApprovalStepDefinition(Roles.SupervisingReviewer, SignMode.Any, true), new ApprovalStepDefinition(Roles.FinanceDivision, SignMode.All)],
            steps);
    }

    [Fact]
    public void A_chain_without_steps_is_refused()
    {
        Assert.Equal([(ChainStepRules.StepsRequired, "steps")], ChainStepRules.Read([]).Violations.Select(v => (v.Code, v.Field)));
        Assert.Equal([(ChainStepRules.StepsRequired, "steps")], ChainStepRules.Read(null).Violations.Select(v => (v.Code, v.Field)));
    }

    [Fact]
    public void The_filer_or_an_unknown_role_may_not_sign_a_step_and_a_mode_is_read_by_name_only()
    {
        var (_, violations) = ChainStepRules.Read(
            [new ChainStepDraft(Roles.Filer, "7", false), null, new ChainStepDraft(null, "Any, All", false), new ChainStepDraft(Roles.PerformanceOffice, "Sometimes", false)]);

        Assert.Equal(
            [
                (ChainStepRules.RoleNotReviewing, "steps[0].roleKey"), (ChainStepRules.ModeUnknown, "steps[0].mode"),
                (ChainStepRules.StepRequired, "steps[1]"),
                (ChainStepRules.RoleNotReviewing, "steps[2].roleKey"), (ChainStepRules.ModeUnknown, "steps[2].mode"),
                (ChainStepRules.ModeUnknown, "steps[3].mode"),
            ],
            violations.Select(v => (v.Code, v.Field)));
    }
}
