using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PerfWorkflow.Integration.Tests.Notification;

/// <summary>
/// A subscriber's messaging platform on 127.0.0.1: answers 500 to its first <c>failures</c> requests, then 200.
/// Every request is kept (body bytes and headers) for the test to check.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private int _failuresLeft;

    public WebhookReceiver(int failures)
    {
        _failuresLeft = failures;
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/hooks/perfworkflow/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }

    public ConcurrentQueue<ReceivedWebhook> Requests { get; } = new();

    public IEnumerable<ReceivedWebhook> Accepted => Requests.Where(r => r.Accepted);

    public void SucceedFromNowOn() => Interlocked.Exchange(ref _failuresLeft, 0);

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var accepted = Interlocked.Decrement(ref _failuresLeft) < 0;
            Requests.Enqueue(new ReceivedWebhook(
                body.ToArray(),
                context.Request.Headers["X-PerfWorkflow-Signature"],
                context.Request.Headers["X-PerfWorkflow-Delivery"],
                context.Request.ContentType,
                accepted));
            context.Response.StatusCode = accepted ? 200 : 500;
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
