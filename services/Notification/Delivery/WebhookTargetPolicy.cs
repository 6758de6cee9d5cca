using System.Net;
using System.Net.Sockets;

namespace PerfWorkflow.Notification.Delivery;

/// <summary>
/// Where a webhook may be sent: to public addresses only, unless an operator names the host in
/// <c>Notifications:Webhooks:AllowedHosts</c> (host names or IP literals, separated by ';' or ','). Otherwise a
/// person's webhook could make the server call its own loopback, the cluster's private network or a cloud metadata
/// endpoint. Checked when the address is registered and again on every connection (DNS can change in between).
/// </summary>
public sealed class WebhookTargetPolicy
{
    private readonly HashSet<string> _allowedHosts;

    public WebhookTargetPolicy(IEnumerable<string> allowedHosts) =>
        _allowedHosts = new HashSet<string>(allowedHosts.Select(h => h.Trim().Trim('[', ']')).Where(h => h.Length > 0), StringComparer.OrdinalIgnoreCase);

    public static WebhookTargetPolicy From(IConfiguration configuration) =>
        new((configuration["Notifications:Webhooks:AllowedHosts"] ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries));

    public bool IsAllowListed(string host) => _allowedHosts.Contains(host.Trim('[', ']'));

    /// <summary>Null when the webhook may go to <paramref name="url"/>; otherwise why not, in Chinese.</summary>
    public async Task<string?> RefusalAsync(Uri url, CancellationToken cancellationToken)
    {
        if (IsAllowListed(url.IdnHost))
        {
            return null;
        }

        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(url.IdnHost, cancellationToken);
        }
        catch (SocketException)
        {
            return "Webhook 地址的主机名无法解析。";
        }

        return addresses.Length == 0 ? "Webhook 地址的主机名无法解析。"
            : addresses.Any(IsInternal) ? "Webhook 地址指向本机、内网或云平台元数据地址，不允许使用；如确需使用，请联系管理员加入白名单。"
            : null;
    }

    /// <summary>Loopback, private, link-local (including cloud metadata), CGNAT, unspecified, multicast and reserved.</summary>
    public static bool IsInternal(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 or 10 or 127 => true,
                100 => b[1] >= 64 && b[1] <= 127,          // 100.64.0.0/10 carrier-grade NAT
                169 => b[1] == 254,                        // link-local, 169.254.169.254 metadata
                172 => b[1] >= 16 && b[1] <= 31,
                192 => (b[1] == 168) || (b[1] == 0 && b[2] is 0 or 2) || (b[1] == 88 && b[2] == 99),
                198 => b[1] is 18 or 19 || (b[1] == 51 && b[2] == 100),
                203 => b[1] == 0 && b[2] == 113,
                >= 224 => true,                            // multicast, reserved, broadcast
                _ => false,
            };
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            return address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (b[0] & 0xFE) == 0xFC                   // fc00::/7 unique local (fd00:ec2::254 metadata)
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) // documentation
                || (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0 && b[4] == 0 && b[5] == 0 && b[10] == 0 && b[11] == 0); // ::/96 IPv4-compatible and ::
        }

        return true;
    }

    /// <summary>
    /// Opens the connection only to an address the policy allows, checking the address actually connected to, so a
    /// name that resolved to a public address at registration and to 127.0.0.1 now is still refused.
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = IsAllowListed(host) ? addresses : addresses.Where(a => !IsInternal(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException($"Webhook target {host} resolves only to internal addresses; refused (Notifications:Webhooks:AllowedHosts).");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
