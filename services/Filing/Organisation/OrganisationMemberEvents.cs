using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Contracts;
using PerfWorkflow.Filing.Persistence;
using PerfWorkflow.Hosting.Outbox;

namespace PerfWorkflow.Filing.Organisation;

/// <summary>
/// Tells other services who is in the organisation: every user added or changed in this unit of work becomes an
/// <see cref="OrganisationMemberChanged"/> in the outbox, committed with the user row itself.
/// </summary>
public static class OrganisationMemberEvents
{
    public static void AddForChangedUsers(FilingDbContext db, DateTimeOffset at)
    {
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries<UserRecord>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => e.Entity)
            .ToList();
        foreach (var user in changed)
        {
            var messageId = Guid.CreateVersion7(at);
            var departmentName = user.DepartmentId is null ? null : db.Departments.Find(user.DepartmentId)?.Name;
            var contract = new OrganisationMemberChanged(messageId, at, user.Id, user.DisplayName, user.Role, user.DepartmentId, user.Region, Email: null, Active: !user.Disabled, departmentName);
            db.OutboxMessages.Add(OutboxSerializer.ToOutbox(contract, messageId, at));
        }
    }
}
