using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Notification.Persistence;
using PerfWorkflow.Notification.Recipients;

namespace PerfWorkflow.Notification.Messaging;

/// <summary>
/// Finds people by their place in the organisation, from the directory kept from <c>OrganisationMemberChanged</c>.
/// A lookup that must name someone and finds nobody throws <see cref="RecipientsNotFoundException"/>: the message is
/// retried and, if the directory still lacks them, kept as a poison message rather than dropped. What the batch read
/// ahead (<see cref="RecipientSnapshot"/>) answers first.
/// </summary>
public sealed class OrganisationDirectory(NotificationDbContext db, RecipientSnapshot snapshot)
{
    /// <summary>The department's 填报人 (and, with <paramref name="withHead"/>, its 部门负责人).</summary>
    public async Task<IReadOnlyList<string>> DepartmentPeopleAsync(string departmentId, bool withHead, CancellationToken cancellationToken)
    {
        if (snapshot.Directory is not { } read || !read.TryDepartmentPeople(departmentId, withHead, out var people))
        {
            people = await db.DirectoryUsers.AsNoTracking()
                .Where(u => u.Active && u.DepartmentId == departmentId && (u.Role == Roles.Filer || (withHead && u.Role == Roles.DepartmentHead)))
                .OrderBy(u => u.UserId).Select(u => u.UserId).ToListAsync(cancellationToken);
        }

        return people.Count > 0 ? people : throw new RecipientsNotFoundException($"The directory names no filer of department {departmentId}.");
    }

    /// <summary>The finance bureau (财政业务科室 and 绩效管理科) of the department's region.</summary>
    public async Task<IReadOnlyList<string>> BureauForAsync(string departmentId, CancellationToken cancellationToken, bool performanceOfficeOnly = false)
    {
        var read = snapshot.Directory;
        string? region = null;
        var known = read is not null && read.TryRegion(departmentId, out region);
        if (!known)
        {
            region = await db.DirectoryUsers.AsNoTracking().Where(u => u.DepartmentId == departmentId).Select(u => u.Region).FirstOrDefaultAsync(cancellationToken);
        }

        if (region is null)
        {
            throw new RecipientsNotFoundException($"The directory does not know department {departmentId} or its region.");
        }

        var people = known
            ? read!.BureauOf(region, performanceOfficeOnly)
            : await db.DirectoryUsers.AsNoTracking()
                .Where(u => u.Active && u.Region == region && (u.Role == Roles.PerformanceOffice || (!performanceOfficeOnly && u.Role == Roles.FinanceDivision)))
                .OrderBy(u => u.UserId).Select(u => u.UserId).ToListAsync(cancellationToken);
        return people.Count > 0 ? people : throw new RecipientsNotFoundException($"The directory names no finance bureau reviewer of region {region}.");
    }
}
