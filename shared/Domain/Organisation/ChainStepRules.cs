using PerfWorkflow.Domain.Approvals;
using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Organisation;

/// <summary>
/// What each step of a revised approval chain must say before it becomes a definition: a reviewing role (the filer
/// never signs) and a sign mode by its name. Rules over the whole chain (no role twice, 监控's two signers) are
/// <see cref="ApprovalChainDefinition.Create"/>'s.
/// </summary>
public static class ChainStepRules
{
    public const string StepsRequired = "chain.steps-required";
    public const string StepRequired = "chain.step-required";
    public const string RoleNotReviewing = "chain.step-role";
    public const string ModeUnknown = "chain.step-mode";

    /// <summary>The roles a chain step may name.</summary>
    public static IReadOnlyList<string> ReviewingRoles { get; } =
        [ApprovalRoleKeys.DepartmentHead, ApprovalRoleKeys.SupervisingReviewer, ApprovalRoleKeys.FinanceDivision, ApprovalRoleKeys.PerformanceOffice];

    /// <summary>
    /// The violations of <paramref name="steps"/> (field paths "steps", "steps[1].mode"), and the step definitions
    /// they make, which mean something only when there is no violation.
    /// </summary>
    public static (IReadOnlyList<ApprovalStepDefinition> Steps, IReadOnlyList<OrganisationRuleViolation> Violations) Read(IReadOnlyList<ChainStepDraft?>? steps)
    {
        var violations = new List<OrganisationRuleViolation>();
        if (steps is not { Count: > 0 })
        {
            violations.Add(new(StepsRequired, "steps", "审批链至少需要一个审核步骤。"));
        }

        var definitions = new List<ApprovalStepDefinition>();
        foreach (var (step, i) in (steps ?? []).Select((s, i) => (s, i)))
        {
            if (step is null)
            {
                violations.Add(new(StepRequired, $"steps[{i}]", "审核步骤不能为空。"));
                continue;
            }

            if (step.RoleKey is not { } role || !ReviewingRoles.Contains(role))
            {
                violations.Add(new(RoleNotReviewing, $"steps[{i}].roleKey", "审核角色应为部门负责人、主管部门、财政业务科室或绩效管理科之一。"));
            }

            if (!TryReadMode(step.Mode, out var mode))
            {
                violations.Add(new(ModeUnknown, $"steps[{i}].mode", "签署方式应为 Single（单人）、All（会签）或 Any（或签）。"));
            }

            definitions.Add(new ApprovalStepDefinition(step.RoleKey ?? string.Empty, mode, step.SkipWhenVacant));
        }

        return (definitions, violations);
    }

    /// <summary>By name only: a number ("7") or a list ("Any, All") would reach the chain as a mode nobody chose.</summary>
    private static bool TryReadMode(string? text, out SignMode mode)
    {
        mode = default;
        var name = text?.Trim();
        return name is { Length: > 0 } && Enum.GetNames<SignMode>().Contains(name, StringComparer.Ordinal) && Enum.TryParse(name, out mode);
    }
}
