using System.Net.Http.Headers;
using System.Text;
using PerfWorkflow.Notification.Persistence;

namespace PerfWorkflow.Notification.Delivery;

/// <summary>Posts a webhook delivery's JSON to the subscriber's URL, signed with their secret. Only a 2xx is success.</summary>
public sealed class WebhookSender(IHttpClientFactory clients)
{
    public const string ClientName = "notification-webhooks";

    public async Task SendAsync(NotificationDelivery delivery, string secret, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Target) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secret, body));
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString());
        using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Webhook answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }
    }
}
