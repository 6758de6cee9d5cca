using System.Net;
using System.Net.Mail;
using System.Text;
using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Notification.Delivery;

/// <summary>
/// Hands an e-mail delivery to the configured SMTP server: UTF-8 subject (RFC 2047 encoded by SmtpClient) and
/// UTF-8 plain-text body, so Chinese arrives intact.
/// </summary>
public sealed class EmailSender(DeliverySettings settings)
{
    public async Task SendAsync(NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(settings.SmtpHost))
        {
            throw new InvalidOperationException("Notifications:Smtp:Host is not configured.");
        }

        using var message = new MailMessage
        {
            From = new MailAddress(settings.SmtpFrom, settings.SmtpFromName, Encoding.UTF8),
            Subject = delivery.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = delivery.Payload,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        message.To.Add(new MailAddress(delivery.Target));
        message.Headers.Add("X-PerfWorkflow-Delivery", delivery.Id.ToString());

        // SmtpClient is not thread-safe: one per message (the dispatcher sends several at once).
        using var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort)
        {
            EnableSsl = settings.SmtpEnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)settings.SendTimeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            client.Credentials = new NetworkCredential(settings.SmtpUser, settings.SmtpPassword);
        }

        await client.SendMailAsync(message, cancellationToken);
    }
}
