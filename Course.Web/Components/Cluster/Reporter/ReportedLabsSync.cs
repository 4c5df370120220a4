using System.Text.Json;
using System.Threading.Channels;
using Course.Web.Components.Site;
using Course.Web.Data;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Course.Web.Components.Cluster.Reporter;

/// <summary>
/// Keeps <see cref="ReportedLabs"/> in step with the database the replicas share. At start-up it loads the stored
/// labs. On PostgreSQL it also tells the other replicas about each push with LISTEN/NOTIFY (as
/// <see cref="Progress.PostgresLearningEventRelay"/> does for learning events, on a channel of its own so a class's
/// heartbeats never wake the cohort dashboards) and reloads every <see cref="Resync"/> in case a notification was lost
/// while a connection was down. On SQLite (one instance) the start-up load is all there is to do.
/// </summary>
internal sealed class ReportedLabsSync(
    ReportedLabs labs,
    IOptions<DatabaseOptions> options,
    TimeProvider time,
    BackgroundStartGate gate,
    ILogger<ReportedLabsSync> logger) : BackgroundService
{
    public const string Channel = "course_lab_reports";

    /// <summary>Well under the 45 s after which a lab is marked stale, so a lost notification never marks it wrongly.</summary>
    public static readonly TimeSpan Resync = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Channel<ReportedLabChange> _outgoing = System.Threading.Channels.Channel.CreateBounded<ReportedLabChange>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });

    /// <summary>Tells this instance's notifications from the others' (PostgreSQL delivers them to the sender too).</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first chapter does not need the reported rows: their first load waits for it (BackgroundStartGate).
        await gate.WaitAsync(stoppingToken);
        await RetryAsync("load", () => labs.ReloadAsync(cancellationToken: stoppingToken), once: true, stoppingToken);
        var settings = options.Value;
        if (settings.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        using var relay = labs.SetRelay(change => _outgoing.Writer.TryWrite(change));
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
                logger.LabSyncFailed(role, RetryDelay.TotalSeconds, exception);
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
            await labs.ReloadAsync(cancellationToken: stoppingToken);
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

        logger.LabSyncListening(Channel, InstanceId);
        // Anything pushed elsewhere while this connection was down is read again now.
        await labs.ReloadAsync(cancellationToken: stoppingToken);
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
            logger.LabSyncPayloadInvalid(exception);
            return;
        }

        if (envelope?.Change is { } change && envelope.Origin != InstanceId)
        {
            // Off the listening connection's thread: a snapshot reload is a query of its own.
            _ = Task.Run(async () =>
            {
                try
                {
                    await labs.ApplyFromOtherInstanceAsync(change, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LabSyncFailed("apply", 0, exception);
                }
            }, stoppingToken);
        }
    }

    private sealed record Envelope(string Origin, ReportedLabChange Change);
}
