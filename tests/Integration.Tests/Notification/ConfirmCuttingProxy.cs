using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

namespace PerfWorkflow.Integration.Tests.Notification;

/// <summary>
/// A loopback TCP proxy in front of RabbitMQ that reads the AMQP frames both ways. Once armed, it forwards the next
/// complete basic.publish (method, header and body frames) to the broker, waits for the broker's confirm (basic.ack),
/// and instead of passing it on cuts the connection at both ends: the broker has the message and has confirmed it,
/// the publisher never hears so. The lost-confirm case of an outbox relay. Later connections pass through untouched.
/// </summary>
public sealed class ConfirmCuttingProxy : IAsyncDisposable
{
    private const byte MethodFrame = 1;
    private const byte HeaderFrame = 2;
    private const byte BodyFrame = 3;
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _broker;
    private readonly CancellationTokenSource _stop = new();
    private int _armed;

    public ConfirmCuttingProxy(Uri broker)
    {
        _broker = new IPEndPoint(IPAddress.Loopback, broker.Port);
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Completes when a connection was cut right after a publish went through.</summary>
    public TaskCompletionSource CutAfterPublish { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void CutAfterNextPublish() => Volatile.Write(ref _armed, 1);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using var server = new TcpClient();
        using (client)
        {
            try
            {
                await server.ConnectAsync(_broker, _stop.Token);
                using var cut = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                var awaitingConfirm = new StrongBox<bool>();
                var down = ForwardBrokerFramesAsync(server.GetStream(), client.GetStream(), awaitingConfirm, cut.Token);
                var up = ForwardClientFramesAsync(client.GetStream(), server.GetStream(), awaitingConfirm, cut.Token);
                await Task.WhenAny(down, up);
                await cut.CancelAsync();
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException or EndOfStreamException)
            {
                // One side went away: the other is closed with it, as a dropped connection would be.
            }
        }
    }

    // Broker to client: frames only. The confirm of the armed publish is swallowed and the connection cut.
    private async Task ForwardBrokerFramesAsync(Stream server, Stream client, StrongBox<bool> awaitingConfirm, CancellationToken ct)
    {
        while (true)
        {
            var frame = await ReadFrameAsync(server, ct);
            if (Volatile.Read(ref awaitingConfirm.Value) && frame[0] == MethodFrame && IsMethod(frame, 60, 80))
            {
                CutAfterPublish.TrySetResult();
                return;
            }

            await client.WriteAsync(frame, ct);
            await client.FlushAsync(ct);
        }
    }

    private static async Task<byte[]> ReadFrameAsync(Stream from, CancellationToken ct)
    {
        var header = new byte[7];
        await from.ReadExactlyAsync(header, ct);
        var size = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(3));
        var frame = new byte[7 + size + 1];
        header.CopyTo(frame, 0);
        await from.ReadExactlyAsync(frame.AsMemory(7), ct);
        return frame;
    }

    private static bool IsMethod(byte[] frame, ushort classId, ushort methodId) =>
        frame.Length >= 11 && BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(7)) == classId && BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(9)) == methodId;

    // Client to broker: the 8-byte protocol header, then frames of type(1) channel(2) size(4) payload frame-end(1).
    private async Task ForwardClientFramesAsync(Stream client, Stream server, StrongBox<bool> awaitingConfirm, CancellationToken ct)
    {
        var protocolHeader = new byte[8];
        await client.ReadExactlyAsync(protocolHeader, ct);
        await server.WriteAsync(protocolHeader, ct);
        var publishing = new Dictionary<ushort, ulong?>();
        while (true)
        {
            var frame = await ReadFrameAsync(client, ct);
            await server.WriteAsync(frame, ct);
            await server.FlushAsync(ct);

            var channel = BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(1));
            var size = (ulong)(frame.Length - 8);
            var published = false;
            switch (frame[0])
            {
                case MethodFrame when IsMethod(frame, 60, 40):
                    publishing[channel] = null;
                    break;
                case HeaderFrame when publishing.ContainsKey(channel):
                    var bodySize = BinaryPrimitives.ReadUInt64BigEndian(frame.AsSpan(7 + 4));
                    publishing[channel] = bodySize;
                    published = bodySize == 0;
                    break;
                case BodyFrame when publishing.TryGetValue(channel, out var remaining) && remaining is { } left:
                    publishing[channel] = left > size ? left - size : 0;
                    published = left <= size;
                    break;
            }

            if (published)
            {
                publishing.Remove(channel);
                if (Interlocked.Exchange(ref _armed, 0) == 1)
                {
                    Volatile.Write(ref awaitingConfirm.Value, true);
                }
            }
        }
    }
}
