using System.Net;
using System.Net.Sockets;

namespace Course.Tests.Infrastructure;

/// <summary>
/// A loopback port that forwards to a real server only while started: before <see cref="Start"/> connections are
/// refused, as by a database that is down, so a test can make a real client fail and then succeed.
/// </summary>
public sealed class TcpRelay(int targetPort) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private TcpListener? _listener;
    private Task? _accepting;
    private int _disposed;

    public int Port { get; } = FreeTcpPort.Next();

    public void Start()
    {
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _accepting = AcceptAsync(_listener);
    }

    /// <summary>Stops relaying (the server looks down from then on); safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        _listener?.Stop();
        if (_accepting is not null)
        {
            await _accepting;
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, targetPort, _stop.Token);
                using var pair = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                var up = client.GetStream().CopyToAsync(server.GetStream(), pair.Token);
                var down = server.GetStream().CopyToAsync(client.GetStream(), pair.Token);
                await Task.WhenAny(up, down);
                await pair.CancelAsync();
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // Either side closed: the relay closes the other.
            }
        }
    }
}
