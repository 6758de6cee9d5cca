using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Audit;
using PerfWorkflow.Filing.Application;
using PerfWorkflow.Filing.Grains;
using PerfWorkflow.Filing.Organisation;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Web;

namespace PerfWorkflow.Filing.Api;

/// <summary>A filing's audit trail and the check that nobody altered it.</summary>
public static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var audit = endpoints.MapGroup("/api/filings/{id:guid}/audit").WithTags("Audit").RequireAuthorization();

        audit.MapGet("/", async (Guid id, ClaimsPrincipal p, FilingDbContext db, DepartmentPlacements placements, CancellationToken ct) =>
            Results.Ok((await TrailAsync(id, p, db, placements, ct)).Trail));

        // Keyed hashes stop a rewrite by someone without the key; the head on the filing's row stops a truncation.
        audit.MapGet("/verify", async (Guid id, ClaimsPrincipal p, FilingDbContext db, DepartmentPlacements placements, AuditKeys keys, CancellationToken ct) =>
        {
            var (trail, head) = await TrailAsync(id, p, db, placements, ct);
            var result = (await keys.ChainAsync(ct)).Verify(trail, head);
            return Results.Ok(new
            {
                result.IsIntact,
                result.FirstBrokenSequence,
                Break = result.Break?.ToString(),
                Entries = trail.Count,
                Message = result.IsIntact ? "审计记录完整，未发现篡改。" : $"审计记录自第 {result.FirstBrokenSequence} 条起不一致，可能已被篡改。",
            });
        });
    }

    private static async Task<(IReadOnlyList<AuditEntry> Trail, AuditHead Head)> TrailAsync(Guid id, ClaimsPrincipal principal, FilingDbContext db, DepartmentPlacements placements, CancellationToken ct)
    {
        var filing = await db.Filings.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct)
            ?? throw new ResourceNotFoundException("filing.not-found", "未找到该绩效管理档案。");
        await placements.RequireVisibleAsync(db, Caller.Of(principal), filing.DepartmentId, ct);
        var rows = await db.Audit.AsNoTracking().Where(a => a.FilingId == id).OrderBy(a => a.Sequence).ToListAsync(ct);
        return (rows.Select(FilingStore.ToEntry).ToList(), new AuditHead(filing.AuditSequence, filing.AuditHash));
    }
}
