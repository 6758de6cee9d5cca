using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Notification.Persistence;
using PerfWorkflow.Notification.Recipients;

namespace PerfWorkflow.Notification.Messaging;

/// <summary>
/// Names for the texts people read, from the directory: a department by its name ("天河科技园管委会的…"), a person by
/// their display name. Someone the directory does not know yet keeps an id-based wording rather than holding the message.
/// What the batch read ahead (<see cref="RecipientSnapshot"/>) answers first.
/// </summary>
public sealed class DirectoryNames(NotificationDbContext db, RecipientSnapshot snapshot)
{
    /// <summary>"{name}" when the directory knows the department, else "部门 {id} ".</summary>
    public async Task<string> DepartmentAsync(string departmentId, CancellationToken cancellationToken)
    {
        if (snapshot.Directory is not { } read || !read.TryDepartmentName(departmentId, out var name))
        {
            name = await db.DirectoryUsers.AsNoTracking()
                .Where(u => u.DepartmentId == departmentId && u.DepartmentName != null)
                .Select(u => u.DepartmentName).FirstOrDefaultAsync(cancellationToken);
        }

        return name ?? $"部门 {departmentId} ";
    }

    /// <summary>The person's display name, or "system" as 系统, or the id when unknown.</summary>
    public async Task<string> PersonAsync(string userId, CancellationToken cancellationToken)
    {
        if (userId == "system")
        {
            return "系统";
        }

        var name = snapshot.Directory is { } read && read.TryPerson(userId, out var person)
            ? person?.DisplayName
            : await db.DirectoryUsers.AsNoTracking().Where(u => u.UserId == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return name ?? userId;
    }
}
