using System.Security.Claims;
using PerfWorkflow.Domain.Approvals;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Api;

/// <summary>The region's approval chains: read by everyone in the region, revised by the performance office.</summary>
public static class ChainEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var chains = endpoints.MapGroup("/api/chains").WithTags("Approval chains").RequireAuthorization();

        chains.MapGet("/{fiscalYear:int}/{stage}", async (int fiscalYear, CycleStage stage, ClaimsPrincipal p, ApprovalChainResolver resolver, CancellationToken ct) =>
            Results.Ok(await resolver.DefinitionAsync(Caller.Of(p).Region, fiscalYear, stage, ct)));

        chains.MapPut("/{fiscalYear:int}/{stage}", async (int fiscalYear, CycleStage stage, ChainRevisionRequest request, ClaimsPrincipal p, ApprovalChainResolver resolver, OrganisationAudit audit, CancellationToken ct) =>
        {
            var user = Caller.Of(p);
            if (user.Role != Roles.PerformanceOffice)
            {
                throw new AccessDeniedException("chain.revise-denied", "只有绩效管理科可以修改审批链。");
            }

            var errors = new FieldErrors().Require(request.Steps is { Count: > 0 }, "steps", "审批链至少需要一个审核步骤。");
            var steps = new List<ApprovalStepDefinition>();
            foreach (var (step, i) in (request.Steps ?? []).Select((s, i) => (s, i)))
            {
                if (step is null)
                {
                    errors.Add($"steps[{i}]", "审核步骤不能为空。");
                    continue;
                }

                errors.Require(step.RoleKey is Roles.DepartmentHead or Roles.SupervisingReviewer or Roles.FinanceDivision or Roles.PerformanceOffice,
                    $"steps[{i}].roleKey", "审核角色应为部门负责人、主管部门、财政业务科室或绩效管理科之一。");
                errors.Require(EnumText.TryParse<SignMode>(step.Mode, out var mode), $"steps[{i}].mode", "签署方式应为 Single（单人）、All（会签）或 Any（或签）。");
                steps.Add(new ApprovalStepDefinition(step.RoleKey ?? string.Empty, mode, step.SkipWhenVacant));
            }

            if (errors.Any)
            {
                return errors.ToResult();
            }

            var revised = await resolver.ReviseAsync(user.Region, fiscalYear, stage, steps, user.UserId, ct);
            var description = string.Join(" → ", revised.Steps.Select(s => $"{s.RoleKey}({s.Mode}{(s.SkipWhenVacant ? "，空缺时跳过" : string.Empty)})"));
            await audit.SaveWithAsync(user.Region, user.UserId, OrganisationAuditActions.ChainRevised, $"{fiscalYear}/{stage}", $"第 {revised.Version} 版：{description}", ct);
            return Results.Ok(revised);
        });
    }
}
