using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace DashboardFanout;

/// <summary>
/// A bare RESP connection: enough to read INFO commandstats and to play one polling webui viewer
/// (GET hashes + HLEN wallet), without a client library's own commands muddying the counts.
/// </summary>
internal sealed class RedisWire(string host, int port) : IAsyncDisposable
{
    private static readonly byte[] PollCommands = Encoding.ASCII.GetBytes(
        "*2\r\n$3\r\nGET\r\n$6\r\nhashes\r\n*2\r\n$4\r\nHLEN\r\n$6\r\nwallet\r\n");

    private readonly TcpClient _client = new();
    private StreamReader? _reader;
    private NetworkStream? _stream;

    public async Task ConnectAsync()
    {
        await _client.ConnectAsync(host, port);
        _stream = _client.GetStream();
        _reader = new StreamReader(_stream, Encoding.ASCII);
    }

    /// <summary>Calls per command name since the server started (or the last CONFIG RESETSTAT).</summary>
    public async Task<Dictionary<string, long>> CommandStatsAsync()
    {
        await _stream!.WriteAsync(Encoding.ASCII.GetBytes("*2\r\n$4\r\nINFO\r\n$12\r\ncommandstats\r\n"));
        var text = await ReadReplyAsync();
        var calls = new Dictionary<string, long>();
        foreach (var line in text.Split("\r\n"))
        {
            // cmdstat_get:calls=12,usec=40,...
            if (line.StartsWith("cmdstat_", StringComparison.Ordinal))
            {
                var name = line["cmdstat_".Length..line.IndexOf(':')];
                var count = line[(line.IndexOf("calls=", StringComparison.Ordinal) + 6)..].Split(',')[0];
                calls[name] = long.Parse(count, CultureInfo.InvariantCulture);
            }
        }

        return calls;
    }

    /// <summary>What one open original webui costs Redis each second.</summary>
    public async Task PollOnceAsync()
    {
        await _stream!.WriteAsync(PollCommands);
        await ReadReplyAsync();
        await ReadReplyAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _reader?.Dispose();
        _client.Dispose();
        await Task.CompletedTask;
    }

    private async Task<string> ReadReplyAsync()
    {
        var header = await _reader!.ReadLineAsync() ?? throw new IOException("Redis closed the connection.");
        if (header[0] != '$')
        {
            return header[1..];
        }

        var length = int.Parse(header[1..], CultureInfo.InvariantCulture);
        if (length < 0)
        {
            return "";
        }

        var buffer = new char[length + 2];
        var read = 0;
        while (read < buffer.Length)
        {
            read += await _reader.ReadAsync(buffer.AsMemory(read));
        }

        return new string(buffer, 0, length);
    }
}
