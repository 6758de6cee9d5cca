namespace PerfWorkflow.Notification.Persistence;

/// <summary>
/// How one person wants to hear of their inbox besides in-app (always on): e-mail, a webhook of their own (signed with
/// their secret), and whether those arrive one by one or as one daily digest (每日汇总).
/// </summary>
public sealed class NotificationPreference
{
    public required string UserId { get; init; }
    public bool EmailEnabled { get; set; }

    /// <summary>Overrides the directory's address when set.</summary>
    public string? EmailAddress { get; set; }

    public bool WebhookEnabled { get; set; }
    public string? WebhookUrl { get; set; }

    /// <summary>The HMAC-SHA256 key for this subscriber's webhook signatures; never shown back.</summary>
    public string? WebhookSecret { get; set; }

    public bool DailyDigest { get; set; }
    public required DateTime UpdatedAt { get; set; }
}
