namespace PerfWorkflow.Notification.Api;

/// <summary>The caller's channel choices. The webhook secret is write-only: omit it to keep the current one.</summary>
public sealed record PreferencesRequest(
    bool EmailEnabled,
    string? EmailAddress,
    bool WebhookEnabled,
    string? WebhookUrl,
    string? WebhookSecret,
    bool DailyDigest);
