using MassTransit;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Contracts;
using PerfWorkflow.Hosting.Persistence;
using PerfWorkflow.Notification.Persistence;
using PerfWorkflow.Notification.Recipients;

namespace PerfWorkflow.Notification.Messaging;

/// <summary>
/// Keeps Notification's directory of people from the organisation's changes; a stale message changes nothing. The
/// messages after it in its batch must see the change, so the batch's read-ahead of the directory is forgotten.
/// </summary>
public sealed class DirectoryConsumer(ConsumerBatches<NotificationDbContext> batches) : IConsumer<OrganisationMemberChanged>
{
    private const string Name = "directory";

    public Task Consume(ConsumeContext<OrganisationMemberChanged> context)
    {
        var m = context.Message;
        // One partition for every directory change: they are written in the order they arrive.
        return batches.ProcessOnceAsync(Name, m.MessageId, Guid.Empty, async (services, _) =>
        {
            var db = services.GetRequiredService<NotificationDbContext>();
            var at = m.OccurredAt.UtcDateTime;
            var user = await db.DirectoryUsers.SingleOrDefaultAsync(u => u.UserId == m.UserId, context.CancellationToken);
            if (user is null)
            {
                db.DirectoryUsers.Add(new DirectoryUser
                {
                    UserId = m.UserId, DisplayName = m.DisplayName, Role = m.Role, DepartmentId = m.DepartmentId, DepartmentName = m.DepartmentName, Region = m.Region,
                    Email = m.Email, Active = m.Active, ChangedAt = at,
                });
            }
            else if (user.ChangedAt <= at)
            {
                (user.DisplayName, user.Role, user.DepartmentId, user.Region, user.Email, user.Active, user.ChangedAt) =
                    (m.DisplayName, m.Role, m.DepartmentId, m.Region, m.Email, m.Active, at);
                user.DepartmentName = m.DepartmentName ?? user.DepartmentName;
            }

            services.GetRequiredService<RecipientSnapshot>().Forget();
        }, context.CancellationToken);
    }
}
