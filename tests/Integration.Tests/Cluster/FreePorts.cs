using System.Net;
using System.Net.Sockets;

namespace PerfWorkflow.Integration.Tests.Cluster;

/// <summary>A loopback TCP port nobody listens on now, for a silo or gateway endpoint.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
