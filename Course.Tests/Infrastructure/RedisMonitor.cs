using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Course.Tests.Infrastructure;

/// <summary>
/// Redis's MONITOR on a connection of its own: every command the server runs from now on, with the client that sent it,
/// so a test can count one app instance's commands among several instances' on one server. Name the instances'
/// connections (<c>,name=replica-a</c> in their connection strings), find them with <see cref="ClientsNamedAsync"/>
/// and count with <see cref="Count"/>.
/// </summary>
public sealed partial class RedisMonitor : IAsyncDisposable
{
    private readonly RedisServerFixture _redis;
    private readonly TcpClient _client;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<(string Client, string Command)> _commands = new();
    private readonly Task _reading;

    private RedisMonitor(RedisServerFixture redis, TcpClient client, StreamReader reader)
    {
        _redis = redis;
        _client = client;
        _reading = ReadAsync(reader);
    }

    public static async Task<RedisMonitor> StartAsync(RedisServerFixture redis)
    {
        var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", redis.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("MONITOR\r\n"));
        var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadLineAsync();
        if (answer != "+OK")
        {
            client.Dispose();
            throw new InvalidOperationException($"MONITOR answered {answer}");
        }

        return new RedisMonitor(redis, client, reader);
    }

    /// <summary>The addresses of the server's connections named <paramref name="clientName"/> (CLIENT LIST).</summary>
    public async Task<IReadOnlySet<string>> ClientsNamedAsync(string clientName)
    {
        await using var admin = await _redis.ConnectAsync();
        var clients = await admin.GetServer(_redis.ConnectionString).ClientListAsync();
        return clients.Where(c => c.Name == clientName).Select(c => Address().Match(c.Raw ?? "").Groups[1].Value).ToHashSet();
    }

    /// <summary>How many of <paramref name="commands"/> (any case) the connections at <paramref name="clients"/> sent since the start.</summary>
    public int Count(IReadOnlySet<string> clients, params string[] commands) =>
        _commands.Count(c => clients.Contains(c.Client) && commands.Contains(c.Command, StringComparer.OrdinalIgnoreCase));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _client.Dispose();
        try
        {
            await _reading;
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task ReadAsync(StreamReader reader)
    {
        // +1700000000.123456 [0 127.0.0.1:45678] "GETRANGE" "hashes" "0" "19"
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            if (Line().Match(line) is { Success: true } match)
            {
                _commands.Enqueue((match.Groups[1].Value, match.Groups[2].Value));
            }
        }
    }

    [GeneratedRegex(@"^\+[\d.]+ \[\d+ ([^\]]+)\] ""([^""]+)""")]
    private static partial Regex Line();

    [GeneratedRegex(@"\baddr=(\S+)")]
    private static partial Regex Address();
}
