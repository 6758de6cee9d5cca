namespace PerfWorkflow.Notification.Persistence;

/// <summary>Channels beyond the in-app inbox (which every item reaches by being written).</summary>
public static class DeliveryChannels
{
    public const string Email = "email";
    public const string Webhook = "webhook";
}
