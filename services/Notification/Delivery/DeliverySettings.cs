using Microsoft.Extensions.Configuration;

namespace PerfWorkflow.Notification.Delivery;

/// <summary>
/// The <c>Notifications</c> section: how deliveries are retried and when the daily digest goes out, and the SMTP
/// server e-mail is handed to (<c>Notifications:Smtp:*</c>). Without an SMTP host e-mail deliveries wait (and retry)
/// until one is configured.
/// </summary>
public sealed record DeliverySettings(
    int MaxAttempts,
    TimeSpan RetryBaseDelay,
    TimeSpan RetryMaxDelay,
    TimeSpan PollInterval,
    TimeSpan SendTimeout,
    int DigestHour,
    TimeSpan DigestUtcOffset,
    string? SmtpHost,
    int SmtpPort,
    bool SmtpEnableSsl,
    string? SmtpUser,
    string? SmtpPassword,
    string SmtpFrom,
    string SmtpFromName)
{
    public static DeliverySettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Notifications");
        return new DeliverySettings(
            MaxAttempts: section.GetValue("MaxAttempts", 8),
            RetryBaseDelay: section.GetValue("RetryBaseDelay", TimeSpan.FromSeconds(30)),
            RetryMaxDelay: section.GetValue("RetryMaxDelay", TimeSpan.FromHours(1)),
            PollInterval: section.GetValue("PollInterval", TimeSpan.FromSeconds(1)),
            SendTimeout: section.GetValue("SendTimeout", TimeSpan.FromSeconds(15)),
            DigestHour: section.GetValue("DigestHour", 8),
            DigestUtcOffset: section.GetValue("DigestUtcOffset", TimeSpan.FromHours(8)),
            SmtpHost: section["Smtp:Host"],
            SmtpPort: section.GetValue("Smtp:Port", 25),
            SmtpEnableSsl: section.GetValue("Smtp:EnableSsl", false),
            SmtpUser: section["Smtp:User"],
            SmtpPassword: section["Smtp:Password"],
            SmtpFrom: section["Smtp:From"] ?? "noreply@perfworkflow.local",
            SmtpFromName: section["Smtp:FromName"] ?? "预算绩效管理平台");
    }

    /// <summary>Exponential backoff after the n-th failed attempt (1-based), capped.</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromMilliseconds(RetryBaseDelay.TotalMilliseconds * factor);
        return delay < RetryMaxDelay ? delay : RetryMaxDelay;
    }

    /// <summary>The latest digest moment (DigestHour local time) at or before <paramref name="now"/>, in UTC.</summary>
    public DateTime LatestDigestMoment(DateTimeOffset now)
    {
        var local = now.ToOffset(DigestUtcOffset);
        var today = new DateTimeOffset(local.Year, local.Month, local.Day, DigestHour, 0, 0, DigestUtcOffset);
        return (today <= local ? today : today.AddDays(-1)).UtcDateTime;
    }
}
