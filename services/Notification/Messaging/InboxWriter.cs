using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PerfWorkflow.Notification.Delivery;
using PerfWorkflow.Notification.Persistence;
using PerfWorkflow.Notification.Recipients;
using PerfWorkflow.Notification.Telemetry;

namespace PerfWorkflow.Notification.Messaging;

/// <summary>
/// Writes inbox entries and closes to-dos for the consumers. Each entry's items are added to the unit of work with the
/// e-mail and webhook deliveries their people chose (<see cref="DeliveryPlanner"/>); the consumer's batch
/// (<c>ConsumerBatches</c>) commits them together with the message id, so no delivery is sent for an item that was
/// rolled back and no item goes unannounced.
/// </summary>
public sealed class InboxWriter(NotificationDbContext db, RecipientSnapshot recipients, TodoClosings closings)
{
    /// <summary>
    /// An inbox item tells what happened and links to the filing; a comment or evidence that arrives longer than this
    /// (an event from before the APIs limited text, or a publisher that does not) is cut, never copied whole to every
    /// recipient's inbox and every e-mail.
    /// </summary>
    public const int MaxBodyLength = 4000;

    public const int MaxTitleLength = 200;

    public NotificationDbContext Db => db;

    public static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    public async Task AddAsync(InboxEntry entry, IEnumerable<string> users, CancellationToken cancellationToken)
    {
        var items = users.Distinct(StringComparer.Ordinal).Select(user => new InboxItem
        {
            Id = Guid.CreateVersion7(entry.At),
            UserId = user,
            SourceMessageId = entry.MessageId,
            Kind = entry.Kind,
            FilingId = entry.FilingId,
            DepartmentId = entry.DepartmentId,
            FiscalYear = entry.FiscalYear,
            Stage = entry.Stage,
            Step = entry.Step,
            Title = Clip(entry.Title, MaxTitleLength),
            Body = Clip(entry.Body, MaxBodyLength),
            IsTodo = entry.IsTodo,
            CreatedAt = entry.At.UtcDateTime,
            DoneAt = entry.IsTodo ? null : entry.At.UtcDateTime,
            DueAt = entry.DueAt,
            Reference = entry.Reference,
        }).ToList();
        if (items.Count == 0)
        {
            return;
        }

        db.InboxItems.AddRange(items);
        db.Deliveries.AddRange(await PlanDeliveriesAsync(items, cancellationToken));
        Record(items);
    }

    private async Task<List<NotificationDelivery>> PlanDeliveriesAsync(List<InboxItem> items, CancellationToken cancellationToken)
    {
        var preferences = await recipients.PreferencesAsync(items.Select(i => i.UserId).ToList(), cancellationToken);
        if (preferences.Count == 0)
        {
            return [];
        }

        var needAddress = items.Where(i => preferences.TryGetValue(i.UserId, out var p) && DeliveryPlanner.NeedsDirectoryEmail(p)).Select(i => i.UserId).ToList();
        var directoryEmails = needAddress.Count == 0 ? new Dictionary<string, string>() : await recipients.DirectoryEmailsAsync(needAddress, cancellationToken);
        return items.SelectMany(i => DeliveryPlanner.Plan(i, preferences.GetValueOrDefault(i.UserId), directoryEmails.GetValueOrDefault(i.UserId))).ToList();
    }

    // Each item is an event on the span that writes it (a consumer's work in its batch): the trace ends at the inbox.
    private static void Record(List<InboxItem> items)
    {
        var span = Activity.Current;
        foreach (var item in items)
        {
            InboxMetrics.ItemsCreated.Add(1, new KeyValuePair<string, object?>("kind", item.Kind));
            span?.AddEvent(new ActivityEvent("inbox-item-created", tags: new ActivityTagsCollection
            {
                ["perfworkflow.inbox.item_id"] = item.Id.ToString(),
                ["perfworkflow.inbox.kind"] = item.Kind,
            }));
        }
    }

    /// <summary>
    /// A decided step's to-dos become 已办: all of them, or only one person's (a 会签 signer's own while the step still
    /// waits). Written when the batch saves (<see cref="TodoClosings"/>), before the items this message adds.
    /// </summary>
    public void CloseTodos(TodoClosing closing) => closings.Add(closing);

    /// <summary>The people with an open review to-do on the filing's stage: its current assignees.</summary>
    public Task<List<string>> OpenReviewersAsync(Guid filingId, string stage, CancellationToken cancellationToken) =>
        db.InboxItems.AsNoTracking()
            .Where(i => i.FilingId == filingId && i.Stage == stage && i.Kind == InboxKinds.ReviewRequested && i.DoneAt == null)
            .Select(i => i.UserId).Distinct().ToListAsync(cancellationToken);
}
