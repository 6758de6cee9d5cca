using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Notification.Api;

/// <summary>
/// For the performance office (绩效管理科), who administers notifications: deliveries that failed every attempt
/// (with a retry action), each office only those to people of its own region (the directory says whose), and messages
/// a consumer could not process (poison messages, also kept in the _error queues: raw bus messages of no region, the
/// deployment's to look after).
/// </summary>
public static class AdministrationEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/notifications").WithTags("Notification")
            .RequireAuthorization(policy => policy.RequireRole(Roles.PerformanceOffice));

        api.MapGet("/dead-letters", async (ClaimsPrincipal principal, NotificationDbContext db, CancellationToken ct, int page = 1, int pageSize = 50) =>
        {
            (page, pageSize) = (Math.Max(page, 1), Math.Clamp(pageSize, 1, 200));
            var query = DeadInRegion(db.Deliveries.AsNoTracking(), db, RegionOf(principal));
            var total = await query.CountAsync(ct);
            var items = await query.OrderByDescending(d => d.CreatedAt).Skip((page - 1) * pageSize).Take(pageSize)
                .Select(d => new { d.Id, d.InboxItemId, d.UserId, d.Channel, d.Target, d.Subject, d.Attempts, d.LastError, d.CreatedAt })
                .ToListAsync(ct);
            return Results.Ok(new { total, page, pageSize, items });
        });

        api.MapPost("/dead-letters/{id:guid}/retry", async (Guid id, ClaimsPrincipal principal, NotificationDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var delivery = await DeadInRegion(db.Deliveries, db, RegionOf(principal)).SingleOrDefaultAsync(d => d.Id == id, ct);
            if (delivery is null)
            {
                return Results.Problem(statusCode: 404, title: "未找到", detail: "未找到该失败投递，或它已在重试。");
            }

            // A fresh round of attempts; the last error stays visible until one succeeds.
            delivery.Status = DeliveryStatuses.Pending;
            delivery.Attempts = 0;
            delivery.NextAttemptAt = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            return Results.Accepted();
        });

        api.MapGet("/poison-messages", async (NotificationDbContext db, CancellationToken ct, int page = 1, int pageSize = 50) =>
        {
            (page, pageSize) = (Math.Max(page, 1), Math.Clamp(pageSize, 1, 200));
            var total = await db.PoisonMessages.CountAsync(ct);
            var items = await db.PoisonMessages.AsNoTracking().OrderByDescending(p => p.LastFailedAt)
                .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
            return Results.Ok(new { total, page, pageSize, errorQueueSuffix = "_error", items });
        });
    }

    private static IQueryable<NotificationDelivery> DeadInRegion(IQueryable<NotificationDelivery> deliveries, NotificationDbContext db, string region) =>
        deliveries.Where(d => d.Status == DeliveryStatuses.Dead && db.DirectoryUsers.Any(u => u.UserId == d.UserId && u.Region == region));

    // The policy let only a performance office in, whose token names its region.
    private static string RegionOf(ClaimsPrincipal principal) => CurrentUser.From(principal)?.Region ?? string.Empty;
}
