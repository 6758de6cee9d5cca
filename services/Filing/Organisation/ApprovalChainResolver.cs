using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Approvals;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Organisation;

/// <summary>
/// Approval chains as data: the newest definition a region's bureau saved for a year and stage, or the defaults of
/// docs/domain.md §1 when it saved none. Pinning resolves the definition against the organisation when a form is first
/// submitted; later revisions of the definition reach only forms submitted afterwards.
/// </summary>
public sealed class ApprovalChainResolver(FilingDbContext db, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<ApprovalChainDefinition> DefinitionAsync(string region, int fiscalYear, CycleStage stage, CancellationToken cancellationToken)
    {
        var stageKey = stage.ToString();
        var latest = await db.ChainDefinitions.AsNoTracking()
            .Where(c => c.Region == region && c.FiscalYear == fiscalYear && c.Stage == stageKey)
            .OrderByDescending(c => c.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return latest is null
            ? ApprovalChainDefaults.For(region, fiscalYear, stage)
            : ApprovalChainDefinition.Create(region, fiscalYear, stage, latest.Version, JsonSerializer.Deserialize<List<ApprovalStepDefinition>>(latest.Steps, Json) ?? []);
    }

    public async Task<ApprovalChain> ResolveAsync(string departmentId, int fiscalYear, CycleStage stage, CancellationToken cancellationToken)
    {
        var department = await db.Departments.AsNoTracking().SingleAsync(d => d.Id == departmentId, cancellationToken);
        var definition = await DefinitionAsync(department.Region, fiscalYear, stage, cancellationToken);

        // Only the people who can hold a step for this department: its own, its supervising department's, the bureau's;
        // a disabled account holds none.
        var users = await db.Users.AsNoTracking()
            .Where(u => u.Region == department.Region && !u.Disabled
                && (u.DepartmentId == null || u.DepartmentId == department.Id || u.DepartmentId == department.SupervisingDepartmentId))
            .ToListAsync(cancellationToken);
        return definition.Pin(departmentId, new OrganisationAssignees([department], users));
    }

    /// <summary>
    /// Adds the next version of a chain to the unit of work (the caller saves it with its audit line); filings already
    /// in the stage keep the chain they pinned.
    /// </summary>
    public async Task<ApprovalChainDefinition> ReviseAsync(string region, int fiscalYear, CycleStage stage, IReadOnlyList<ApprovalStepDefinition> steps, string userId, CancellationToken cancellationToken)
    {
        var revised = (await DefinitionAsync(region, fiscalYear, stage, cancellationToken)).Revise(steps);
        db.ChainDefinitions.Add(new ChainDefinitionRecord
        {
            Region = region,
            FiscalYear = fiscalYear,
            Stage = stage.ToString(),
            Version = revised.Version,
            Steps = JsonSerializer.Serialize(revised.Steps, Json),
            CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedBy = userId,
        });
        return revised;
    }
}
