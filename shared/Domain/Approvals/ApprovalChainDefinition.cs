using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Approvals;

/// <summary>
/// The approval chain a region's finance bureau sets for one stage of one fiscal year, as data. Editing it makes
/// a new <see cref="Version"/>; a filing keeps the chain it pinned (<see cref="Pin"/>) when its form was first
/// submitted, so an edit reaches only forms submitted afterwards.
/// </summary>
public sealed record ApprovalChainDefinition(string Region, int FiscalYear, CycleStage Stage, int Version, IReadOnlyList<ApprovalStepDefinition> Steps)
{
    public string ChainId => $"{Region}/{FiscalYear}/{Stage}";

    public static ApprovalChainDefinition Create(string region, int fiscalYear, CycleStage stage, int version, IReadOnlyList<ApprovalStepDefinition> steps)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            throw new FilingRuleException("chain.region-required", "审批链必须指定所属区域。");
        }

        if (stage is not (CycleStage.Declaration or CycleStage.Monitoring or CycleStage.SelfEvaluation))
        {
            throw new FilingRuleException("chain.stage", $"“{CycleStageNames.Of(stage)}”没有审批链：整改事项由财政逐项核实。");
        }

        if (version < 1)
        {
            throw new FilingRuleException("chain.version", "审批链版本号从 1 开始。");
        }

        if (steps.Count == 0)
        {
            throw new FilingRuleException("chain.empty", "审批链至少需要一个审核步骤。");
        }

        if (steps.Any(s => string.IsNullOrWhiteSpace(s.RoleKey)) || steps.Select(s => s.RoleKey).Distinct(StringComparer.Ordinal).Count() != steps.Count)
        {
            throw new FilingRuleException("chain.roles", "审批链每一步须指定一个角色，且角色不能重复。");
        }

        // 双监控 is signed off by the department and by finance; neither may be left out of the definition.
        if (stage == CycleStage.Monitoring && !MonitoringSignersPresent(steps))
        {
            throw new FilingRuleException("chain.monitoring-sign-offs", "绩效运行监控须由部门负责人和财政业务科室签认，二者都必须在审批链中且不可跳过。");
        }

        return new ApprovalChainDefinition(region.Trim(), fiscalYear, stage, version, steps.ToList());
    }

    /// <summary>The same chain with new steps, as the next version.</summary>
    public ApprovalChainDefinition Revise(IReadOnlyList<ApprovalStepDefinition> steps) =>
        Create(Region, FiscalYear, Stage, Version + 1, steps);

    /// <summary>Resolves every step's people for a department and freezes the result as the chain a form carries.</summary>
    public ApprovalChain Pin(string departmentId, IApprovalAssigneeResolver resolver)
    {
        var pinned = new List<ApprovalStep>();
        foreach (var step in Steps)
        {
            var ids = resolver.AssigneesFor(step.RoleKey, departmentId)
                .Where(id => !string.IsNullOrWhiteSpace(id))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (ids.Count == 0)
            {
                if (step.SkipWhenVacant)
                {
                    continue;
                }

                throw new FilingRuleException("chain.role-vacant", $"审批链缺少“{step.RoleName}”，请先在组织机构中指定人员。");
            }

            var mode = ids.Count == 1 ? SignMode.Single : step.Mode;
            pinned.Add(new ApprovalStep(pinned.Count + 1, step.RoleName, mode, ids) { RoleKey = step.RoleKey });
        }

        return ApprovalChain.Create(ChainId, Version, pinned);
    }

    private static bool MonitoringSignersPresent(IReadOnlyList<ApprovalStepDefinition> steps) =>
        new[] { ApprovalRoleKeys.DepartmentHead, ApprovalRoleKeys.FinanceDivision }
            .All(key => steps.Any(s => s.RoleKey == key && !s.SkipWhenVacant));
}
