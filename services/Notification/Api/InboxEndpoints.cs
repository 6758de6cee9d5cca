using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Contracts;
using PerfWorkflow.Hosting.Security;
using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Notification.Api;

/// <summary>
/// The caller's own inbox: 待办 / 已办, read / unread, overdue, paged and filterable by year, stage and department.
/// Nobody reads another's.
/// </summary>
public static class InboxEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/inbox").WithTags("Notification").RequireAuthorization();

        api.MapGet("/", async (
            ClaimsPrincipal principal, NotificationDbContext db, TimeProvider time, CancellationToken ct,
            string? status, bool? unread, int? fiscalYear, string? stage, string? departmentId, bool? overdue, int page = 1, int pageSize = 20) =>
        {
            page = Math.Max(page, 1);
            pageSize = Math.Clamp(pageSize, 1, 200);
            var query = VisibleTo(principal, db, db.InboxItems.AsNoTracking());
            query = status switch
            {
                "todo" => query.Where(i => i.IsTodo && i.DoneAt == null),
                "done" => query.Where(i => !i.IsTodo || i.DoneAt != null),
                _ => query,
            };
            if (unread == true)
            {
                query = query.Where(i => i.ReadAt == null);
            }

            if (fiscalYear is not null)
            {
                query = query.Where(i => i.FiscalYear == fiscalYear);
            }

            if (stage is not null)
            {
                query = query.Where(i => i.Stage == stage);
            }

            if (departmentId is not null)
            {
                query = query.Where(i => i.DepartmentId == departmentId);
            }

            if (overdue == true)
            {
                // Overdue: an open to-do whose due date has passed.
                var now = time.GetUtcNow().UtcDateTime;
                query = query.Where(i => i.IsTodo && i.DoneAt == null && i.DueAt != null && i.DueAt < now);
            }

            var total = await query.CountAsync(ct);
            var items = await query.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Id)
                .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
            return Results.Ok(new { total, page, pageSize, items });
        });

        api.MapPost("/items/{id:guid}/read", async (Guid id, ClaimsPrincipal principal, NotificationDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            var item = await VisibleTo(principal, db, db.InboxItems).SingleOrDefaultAsync(i => i.Id == id, ct);
            if (item is null)
            {
                return Results.Problem(statusCode: 404, title: "未找到", detail: "未找到该消息。");
            }

            item.ReadAt ??= time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            return Results.NoContent();
        });
    }

    /// <summary>
    /// What the caller's inbox holds: items addressed to them, and items Workflow addressed to everyone holding their
    /// role in their department or in the bureau (it knows no people; see docs/decisions/0006). A group item is
    /// shared: one holder marking it read marks it for the group. A bureau-wide address names no region, so a bureau
    /// item reaches only the bureau of the region its department belongs to (the directory says which): another
    /// region's performance office shares the role, not the department.
    /// </summary>
    private static IQueryable<InboxItem> VisibleTo(ClaimsPrincipal principal, NotificationDbContext db, IQueryable<InboxItem> items)
    {
        if (CurrentUser.From(principal) is not { } user)
        {
            return items.Where(_ => false);
        }

        var person = user.UserId;
        var bureauGroup = RecipientAddress.BureauRole(user.Role);
        var departmentGroup = user.DepartmentId is { } department ? RecipientAddress.DepartmentRole(user.Role, department) : null;
        var region = user.Region;
        return items.Where(i => i.UserId == person
            || (departmentGroup != null && i.UserId == departmentGroup)
            || (i.UserId == bureauGroup && db.DirectoryUsers.Any(u => u.DepartmentId == i.DepartmentId && u.Region == region)));
    }
}
