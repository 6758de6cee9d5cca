using System.Net;
using System.Net.Sockets;
using PerfWorkflow.Host.Tests.Infrastructure;
using PerfWorkflow.Notification.Delivery;

namespace PerfWorkflow.Host.Tests;

/// <summary>
/// A webhook may not make the server call itself, its private network or a cloud metadata endpoint: refused when
/// registered, and again when connecting (a name may resolve elsewhere by then), unless an operator allow-lists it.
/// </summary>
public sealed class WebhookTargetTests(HostApp host) : IClassFixture<HostApp>
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("http://localhost/hook")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.1.2.3/hook")]
    [InlineData("http://172.20.0.5/hook")]
    [InlineData("http://192.168.1.10/hook")]
    [InlineData("http://100.100.100.200/latest/meta-data")]
    [InlineData("http://0.0.0.0:5080/hook")]
    [InlineData("http://[::ffff:127.0.0.1]/hook")]
    [InlineData("http://[fd00:ec2::254]/latest")]
    [InlineData("http://2130706433/hook")]
    public async Task Registering_a_webhook_to_an_internal_address_is_refused_with_a_field_error(string url)
    {
        using var filer = await host.AsAsync($"{HostApp.CleanDepartment}-filer");
        var answer = await filer.SendAnswerAsync(HttpMethod.Put, "/api/notifications/preferences",
            new { webhookEnabled = true, webhookUrl = url, webhookSecret = "a-secret-of-enough-length-0123" });

        var body = HttpCalls.IsProblem(answer, 400);
        Assert.True(HttpCalls.HasChinese(body.GetProperty("errors").GetProperty("webhookUrl")[0].GetString()), answer.ToString());
        Assert.False((await filer.GetAnswerAsync("/api/notifications/preferences")).Json.GetProperty("webhookEnabled").GetBoolean());
    }

    [Theory]
    [InlineData("8.8.8.8", false)]
    [InlineData("114.114.114.114", false)]
    [InlineData("2001:4860:4860::8888", false)]
    [InlineData("127.0.0.53", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("169.254.0.1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fc00::1", true)]
    [InlineData("::", true)]
    [InlineData("224.0.0.1", true)]
    public void Internal_addresses_are_told_from_public_ones(string address, bool isInternal) =>
        Assert.Equal(isInternal, WebhookTargetPolicy.IsInternal(IPAddress.Parse(address)));

    [Fact]
    public async Task A_delivery_never_connects_to_a_loopback_listener_unless_the_operator_allow_lists_it()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/hook";

        using var refusing = ClientWith(new WebhookTargetPolicy([]));
        await Assert.ThrowsAsync<HttpRequestException>(() => refusing.PostAsync(url, new StringContent("{}")));
        Assert.False(listener.Pending(), "the refused delivery reached the listener");

        using var allowing = ClientWith(new WebhookTargetPolicy(["127.0.0.1"]));
        var sending = allowing.PostAsync(url, new StringContent("{}"));
        using var accepted = await listener.AcceptTcpClientAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(accepted.Connected);
        accepted.Close();
        await Assert.ThrowsAnyAsync<Exception>(() => sending); // the listener closes without answering
    }

    [Fact]
    public async Task An_allow_listed_host_may_be_registered()
    {
        var policy = new WebhookTargetPolicy(["127.0.0.1", "hooks.internal"]);
        Assert.Null(await policy.RefusalAsync(new Uri("http://127.0.0.1:9/x"), CancellationToken.None));
        Assert.Null(await policy.RefusalAsync(new Uri("http://HOOKS.internal/x"), CancellationToken.None));
        Assert.NotNull(await policy.RefusalAsync(new Uri("http://127.0.0.2:9/x"), CancellationToken.None));
    }

    private static HttpClient ClientWith(WebhookTargetPolicy policy) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, ConnectCallback = policy.ConnectAsync }) { Timeout = TimeSpan.FromSeconds(10) };
}
