namespace PerfWorkflow.Notification.Persistence;

/// <summary>
/// One message to send on one channel, written in the same transaction as the inbox item it announces, so nothing is
/// sent for an item that was rolled back and no item goes unannounced. The dispatcher claims due rows, sends them and
/// records the outcome; after <c>Notifications:MaxAttempts</c> failures a row is dead-lettered for an administrator.
/// </summary>
public sealed class NotificationDelivery
{
    public required Guid Id { get; init; }

    /// <summary>The inbox item announced; null for a daily digest, which announces several.</summary>
    public Guid? InboxItemId { get; init; }

    public required string UserId { get; init; }

    /// <summary>See <see cref="DeliveryChannels"/>.</summary>
    public required string Channel { get; init; }

    /// <summary>The e-mail address or webhook URL.</summary>
    public required string Target { get; init; }

    public required string Subject { get; init; }

    /// <summary>The webhook's JSON body, or the e-mail's plain-text body.</summary>
    public required string Payload { get; init; }

    /// <summary>See <see cref="DeliveryStatuses"/>.</summary>
    public required string Status { get; set; }

    public int Attempts { get; set; }
    public DateTime? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public required DateTime CreatedAt { get; init; }
    public DateTime? SentAt { get; set; }

    /// <summary>For a row folded into a digest: the digest delivery that carries it.</summary>
    public Guid? DigestId { get; set; }
}
