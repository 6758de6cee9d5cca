namespace PerfWorkflow.Notification.Persistence;

/// <summary>The life of a <see cref="NotificationDelivery"/>, stored as these strings.</summary>
public static class DeliveryStatuses
{
    /// <summary>Waiting to be sent at <see cref="NotificationDelivery.NextAttemptAt"/>.</summary>
    public const string Pending = "pending";

    /// <summary>Kept for the person's daily digest.</summary>
    public const string Held = "held";

    /// <summary>Folded into a digest delivery, which is sent instead.</summary>
    public const string Digested = "digested";

    public const string Sent = "sent";

    /// <summary>Failed every attempt: shown to administrators, who may retry it.</summary>
    public const string Dead = "dead";
}
