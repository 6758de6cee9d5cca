using System.Security.Cryptography;
using System.Text;

namespace PerfWorkflow.Notification.Delivery;

/// <summary>
/// The signature a webhook receiver checks: HMAC-SHA256 of the exact body bytes with the subscriber's secret, sent as
/// <c>X-PerfWorkflow-Signature: sha256=&lt;lowercase hex&gt;</c>.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-PerfWorkflow-Signature";
    public const string DeliveryHeader = "X-PerfWorkflow-Delivery";

    public static string Sign(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static bool Verify(string secret, byte[] body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, body)), Encoding.ASCII.GetBytes(header));
}
