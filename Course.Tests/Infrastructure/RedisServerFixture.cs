using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace Course.Tests.Infrastructure;

/// <summary>
/// A throwaway redis-server from Debian's redis-server package on a free 127.0.0.1 port, without persistence
/// (<c>--save "" --appendonly no</c>), so a restart starts empty as a freshly scheduled Redis pod would.
/// <see cref="StopAsync"/> and <see cref="StartAsync"/> simulate an outage on the same port.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    public const string ServerPath = "/usr/bin/redis-server";
    private static readonly TimeSpan _startTimeout = TimeSpan.FromSeconds(10);

    private readonly StringBuilder _output = new();
    private DirectoryInfo? _directory;
    private Process? _process;

    public int Port { get; private set; }

    /// <summary>StackExchange.Redis configuration string, e.g. <c>127.0.0.1:41234</c>.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    public bool IsRunning => _process is { HasExited: false };

    public async Task InitializeAsync()
    {
        if (!File.Exists(ServerPath))
        {
            throw new InvalidOperationException(
                $"{ServerPath} not found: the DockerCoins tests need a real Redis. Install it with `apt-get install redis-server`.");
        }

        _directory = Directory.CreateTempSubdirectory("course-redis-");

        // A port picked now can be taken before the server binds it; try a few.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreeTcpPort.Next();
            try
            {
                await StartAsync();
                return;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                Console.Error.WriteLine($"redis-server did not start on port {Port}, retrying.");
            }
        }
    }

    /// <summary>Starts the server again on the same port (after <see cref="StopAsync"/>), empty.</summary>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            return;
        }

        var startInfo = new ProcessStartInfo(ServerPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory!.FullName,
        };
        foreach (var argument in new[]
                 {
                     "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "",
                     "--appendonly", "no", "--daemonize", "no", "--dir", _directory.FullName,
                 })
        {
            startInfo.ArgumentList.Add(argument);
        }

        _process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {ServerPath}.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow + _startTimeout;
        while (!await AnswersPingAsync())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                await StopAsync();
                throw new InvalidOperationException($"redis-server did not start on port {Port}. Output:\n{Output}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Kills the server, as a crashed or rescheduled Redis pod would vanish.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>A new client with admin commands allowed (INFO, FLUSHALL, CONFIG RESETSTAT); dispose it.</summary>
    public Task<ConnectionMultiplexer> ConnectAsync() =>
        ConnectionMultiplexer.ConnectAsync($"{ConnectionString},allowAdmin=true,abortConnect=true");

    /// <summary>Empties the server and resets its command statistics.</summary>
    public async Task ResetAsync()
    {
        await using var client = await ConnectAsync();
        var server = client.GetServer(ConnectionString);
        await server.FlushAllDatabasesAsync();
        await server.ExecuteAsync("CONFIG", "RESETSTAT");
    }

    /// <summary>How many times the server ran each of <paramref name="commands"/> since the last reset (INFO commandstats).</summary>
    public async Task<long> CountCommandsAsync(params string[] commands)
    {
        await using var client = await ConnectAsync();
        var info = await client.GetServer(ConnectionString).InfoAsync("commandstats");
        long total = 0;
        foreach (var (key, value) in info.SelectMany(group => group))
        {
            // cmdstat_get: calls=12,usec=40,usec_per_call=3.33,...
            if (commands.Any(command => key.Equals($"cmdstat_{command}", StringComparison.OrdinalIgnoreCase)))
            {
                var calls = value.Split(',')[0];
                total += long.Parse(calls["calls=".Length..], CultureInfo.InvariantCulture);
            }
        }

        return total;
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        _directory?.Delete(recursive: true);
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(1));
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is SocketException or IOException or TimeoutException)
        {
            return false;
        }
    }
}
