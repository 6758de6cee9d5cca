using PerfWorkflow.Contracts;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Notification;

/// <summary>
/// Workflow as the product runs it, used here for its outbox: rows written to <c>workflow_outbox</c> are published by
/// its <c>OutboxRelay</c> (claim, publish with confirms, mark), to the broker at <c>rabbitMq</c> (possibly a proxy).
/// Reminders are what Workflow relays in bulk, and only Notification consumes them.
/// </summary>
public static class RelayHost
{
    public static Task<ServiceProcess> StartWorkflowAsync(IsolatedBackends backends, Uri rabbitMq, string signingKey) =>
        ServiceProcess.StartAsync("Workflow", new Dictionary<string, string>
        {
            ["Persistence:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = backends.ConnectionString,
            ["Bus:Transport"] = "RabbitMq",
            ["Bus:RabbitMq:Uri"] = rabbitMq.ToString(),
            ["Auth:SigningKey"] = signingKey,
            ["Workflow:Region"] = NotificationUnderTest.Region,
        });

    /// <summary>A "3 days left" reminder for one user: one inbox item.</summary>
    public static DeadlineApproaching ReminderFor(string userId, Guid messageId) =>
        new(messageId, DateTimeOffset.UtcNow, Guid.NewGuid(), "d-test", 2027, "Declaration", new DateOnly(2026, 12, 15), 3,
            $"{messageId:D}:declaration:reminder-before:3", DateTimeOffset.UtcNow, false, [userId]);

    public static Task<long> UnpublishedAsync(IsolatedBackends backends) =>
        backends.ScalarAsync("SELECT COUNT(*) FROM workflow_outbox WHERE published_at IS NULL");
}
