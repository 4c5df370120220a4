using System.Net;
using System.Net.Sockets;

namespace Course.Tests.Infrastructure;

/// <summary>Picks loopback ports for servers that must be told their port up front (PostgreSQL, a published app).</summary>
public static class FreeTcpPort
{
    /// <summary>
    /// A port that was free on 127.0.0.1 a moment ago. Another process could take it before the caller binds it;
    /// servers we start report a bind failure, so the fixture fails loudly rather than talking to a stranger.
    /// </summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
