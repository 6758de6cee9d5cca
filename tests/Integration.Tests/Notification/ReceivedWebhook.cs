namespace PerfWorkflow.Integration.Tests.Notification;

/// <summary>One request the <see cref="WebhookReceiver"/> got, and whether it accepted it (answered 200).</summary>
public sealed record ReceivedWebhook(byte[] Body, string? Signature, string? DeliveryId, string? ContentType, bool Accepted);
