using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Approvals;

/// <summary>
/// The chains a region starts with (docs/domain.md §1) before its finance bureau edits them: 申报 and 自评 pass
/// 部门负责人 → 主管部门 (secondary units only) → 财政业务科室 → 绩效管理科; 监控 is signed off by
/// 部门负责人 and 财政业务科室. Several holders of a role decide by 或签.
/// </summary>
public static class ApprovalChainDefaults
{
    public static ApprovalChainDefinition For(string region, int fiscalYear, CycleStage stage) =>
        ApprovalChainDefinition.Create(region, fiscalYear, stage, version: 1, stage == CycleStage.Monitoring ? MonitoringSteps : ReviewSteps);

    private static readonly IReadOnlyList<ApprovalStepDefinition> ReviewSteps =
    [
        new(ApprovalRoleKeys.DepartmentHead, SignMode.Any),
        new(ApprovalRoleKeys.SupervisingReviewer, SignMode.Any, SkipWhenVacant: true),
        new(ApprovalRoleKeys.FinanceDivision, SignMode.Any),
        new(ApprovalRoleKeys.PerformanceOffice, SignMode.Any),
    ];

    private static readonly IReadOnlyList<ApprovalStepDefinition> MonitoringSteps =
    [
        new(ApprovalRoleKeys.DepartmentHead, SignMode.Any),
        new(ApprovalRoleKeys.FinanceDivision, SignMode.Any),
    ];
}
