using System.Security.Claims;
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
            if (OrganisationPermissions.CheckChainReviser(user.Role) is { } refusal)
            {
                throw new AccessDeniedException(refusal.Code, refusal.Message);
            }

            var (steps, violations) = ChainStepRules.Read(request.Steps?.Select(s => s is null ? null : new ChainStepDraft(s.RoleKey, s.Mode, s.SkipWhenVacant)).ToList());
            if (violations.Count > 0)
            {
                return new FieldErrors().AddAll(violations).ToResult();
            }

            var revised = await resolver.ReviseAsync(user.Region, fiscalYear, stage, steps, user.UserId, ct);
            var description = string.Join(" → ", revised.Steps.Select(s => $"{s.RoleKey}({s.Mode}{(s.SkipWhenVacant ? "，空缺时跳过" : string.Empty)})"));
            await audit.SaveWithAsync(user.Region, user.UserId, OrganisationAuditActions.ChainRevised, $"{fiscalYear}/{stage}", $"第 {revised.Version} 版：{description}", ct);
            return Results.Ok(revised);
        });
    }
}
