using System.Text.Json;
using System.Threading.Channels;
using Course.Web.Components.Site;
using Course.Web.Data;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Course.Web.Components.DockerCoins.Students;

/// <summary>
/// Keeps <see cref="ReportedDockerCoins"/> in step with the database the replicas share, as
/// <see cref="Cluster.Reporter.ReportedLabsSync"/> does for the labs: at start-up it loads the last
/// <see cref="ReportedDockerCoins.Kept"/> of pushes; every <see cref="Resync"/> it drops older pushes and, on
/// PostgreSQL, applies any push whose announcement was lost. On PostgreSQL it also announces each push to the other
/// replicas with LISTEN/NOTIFY, on a channel of its own (a class pushes every 2 s per student: the labs and the
/// cohort dashboards are never woken by it).
/// </summary>
internal sealed class ReportedDockerCoinsSync(
    ReportedDockerCoins students,
    IOptions<DatabaseOptions> options,
    TimeProvider time,
    BackgroundStartGate gate,
    ILogger<ReportedDockerCoinsSync> logger) : BackgroundService
{
    public const string Channel = "course_dockercoins_reports";

    /// <summary>A lost announcement costs a viewer at most this long behind the other replicas.</summary>
    public static readonly TimeSpan Resync = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Channel<ReportedDockerCoinsChange> _outgoing = System.Threading.Channels.Channel.CreateBounded<ReportedDockerCoinsChange>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });

    /// <summary>Tells this instance's notifications from the others' (PostgreSQL delivers them to the sender too).</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first chapter does not need the reported rows: their first load waits for it (BackgroundStartGate).
        await gate.WaitAsync(stoppingToken);
        await RetryAsync("load", () => students.ResyncAsync(stoppingToken), once: true, stoppingToken);
        var settings = options.Value;
        if (settings.Provider != DatabaseProvider.Postgres)
        {
            // One instance: nothing to hear from, only old pushes to drop.
            await RetryAsync("resync", () => ResyncAsync(stoppingToken), once: false, stoppingToken);
            return;
        }

        using var relay = students.SetRelay(change => _outgoing.Writer.TryWrite(change));
        await Task.WhenAll(
            RetryAsync("listen", () => ListenAsync(settings.ConnectionString!, stoppingToken), once: false, stoppingToken),
            RetryAsync("notify", () => NotifyAsync(settings.ConnectionString!, stoppingToken), once: false, stoppingToken),
            RetryAsync("resync", () => ResyncAsync(stoppingToken), once: false, stoppingToken));
    }

    private async Task RetryAsync(string role, Func<Task> loop, bool once, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await loop();
                if (once)
                {
                    return;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.DockerCoinsSyncFailed(role, RetryDelay.TotalSeconds, exception);
                try
                {
                    await Task.Delay(RetryDelay, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ResyncAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Resync, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await students.ResyncAsync(stoppingToken);
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        // A dedicated, unpooled connection: LISTEN belongs to the session, and keepalives reveal a dead server.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 15 };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, notification) => Receive(notification.Payload, stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        logger.DockerCoinsSyncListening(Channel, InstanceId);
        // Anything pushed elsewhere while this connection was down is applied now.
        await students.ResyncAsync(stoppingToken);
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    private async Task NotifyAsync(string connectionString, CancellationToken stoppingToken)
    {
        while (await _outgoing.Reader.WaitToReadAsync(stoppingToken))
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(stoppingToken);
            while (_outgoing.Reader.TryRead(out var change))
            {
                await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
                notify.Parameters.AddWithValue("channel", Channel);
                notify.Parameters.AddWithValue("payload", JsonSerializer.Serialize(new Envelope(InstanceId, change), Json));
                await notify.ExecuteNonQueryAsync(stoppingToken);
            }
        }
    }

    private void Receive(string payload, CancellationToken stoppingToken)
    {
        Envelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<Envelope>(payload, Json);
        }
        catch (JsonException exception)
        {
            logger.DockerCoinsSyncPayloadInvalid(exception);
            return;
        }

        if (envelope?.Change is { } change && envelope.Origin != InstanceId)
        {
            // Off the listening connection's thread: reading the push is a query of its own.
            _ = Task.Run(async () =>
            {
                try
                {
                    await students.CatchUpAsync(change.UserId, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.DockerCoinsSyncFailed("apply", 0, exception);
                }
            }, stoppingToken);
        }
    }

    private sealed record Envelope(string Origin, ReportedDockerCoinsChange Change);
}
