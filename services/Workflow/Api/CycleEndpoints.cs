using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Workflow.Persistence;

namespace PerfWorkflow.Workflow.Api;

/// <summary>Each filing's place in the yearly cycle and the history of how it got there.</summary>
public static class CycleEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/workflow").WithTags("Workflow");

        api.MapGet("/filings/{filingId:guid}", async (Guid filingId, WorkflowDbContext db, CancellationToken ct) =>
        {
            var cycle = await db.FilingCycles.AsNoTracking().SingleOrDefaultAsync(c => c.FilingId == filingId, ct);
            if (cycle is null)
            {
                return Results.Problem(statusCode: 404, title: "未找到", detail: "流程中心尚未收到该档案的任何记录。");
            }

            var history = await db.StageChanges.AsNoTracking().Where(c => c.FilingId == filingId)
                .OrderBy(c => c.OccurredAt).ToListAsync(ct);
            return Results.Ok(new { cycle, history });
        });

        api.MapGet("/filings", async (WorkflowDbContext db, int? fiscalYear, CancellationToken ct) =>
            await db.FilingCycles.AsNoTracking()
                .Where(c => fiscalYear == null || c.FiscalYear == fiscalYear)
                .OrderBy(c => c.DepartmentId).ToListAsync(ct));
    }
}
