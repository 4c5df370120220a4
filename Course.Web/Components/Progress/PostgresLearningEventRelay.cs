using System.Text.Json;
using System.Threading.Channels;
using Course.Web.Components.Site;
using Course.Web.Data;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Course.Web.Components.Progress;

/// <summary>
/// Carries learning events between the replicas that share one PostgreSQL database, with LISTEN/NOTIFY: this
/// instance's commits are sent with <c>pg_notify</c> (after the commit, as the hub receives them), and the others'
/// arrive on one listening connection and are handed to the hub's local subscribers. Each instance still has one
/// producer per feed; the database carries a few hundred bytes per event, not dashboards. On SQLite (one instance)
/// it does nothing. Events queued when the instance stops are still sent (for up to 5 s), so an answer acknowledged
/// just before a pod goes away still shows live elsewhere. A notification is lost only while an instance is
/// disconnected; the dashboards' idle refresh then catches up, and the answers themselves are in the database already.
/// </summary>
internal sealed class PostgresLearningEventRelay(
    LearningEventHub hub,
    BackgroundStartGate gate,
    IOptions<DatabaseOptions> options,
    ILogger<PostgresLearningEventRelay> logger) : BackgroundService
{
    public const string Channel = "course_learning_events";

    private const int MaxEventsPerNotify = 500;

    private static readonly TimeSpan _retryDelay = TimeSpan.FromSeconds(2);

    /// <summary>How long a stopping instance may take to send the events queued before the stop (well inside the host's 30 s).</summary>
    private static readonly TimeSpan _flushTimeout = TimeSpan.FromSeconds(5);
    private static readonly JsonSerializerOptions _json = new(JsonSerializerDefaults.Web);

    private readonly Channel<LearningEvent> _outgoing = System.Threading.Channels.Channel.CreateBounded<LearningEvent>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.DropOldest });

    /// <summary>Tells this instance's notifications from the others' (PostgreSQL also delivers them to the sender).</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        using var relay = hub.SetRelay(e => _outgoing.Writer.TryWrite(e));
        // No circuit of this instance exists before its first page is sent, so nothing here is needed before it: the
        // listening connection (unpooled, so a data source and a type catalogue of its own) is opened after it, off the
        // cold start (BackgroundStartGate). Events committed meanwhile wait in the queue.
        await gate.WaitAsync(stoppingToken);
        await Task.WhenAll(
            RetryAsync("listen", () => ListenAsync(settings.ConnectionString!, stoppingToken), stoppingToken),
            RetryAsync("notify", () => NotifyAsync(settings.ConnectionString!, stoppingToken), stoppingToken));
    }

    private async Task RetryAsync(string role, Func<Task> loop, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await loop();
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                ProgressLog.RelayFailed(logger, role, _retryDelay.TotalSeconds, exception);
                try
                {
                    await Task.Delay(_retryDelay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        // A dedicated connection, never pooled: LISTEN belongs to the session, and keepalives reveal a dead server.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, KeepAlive = 15 };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, notification) => Receive(notification.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        ProgressLog.RelayListening(logger, Channel, InstanceId);
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    private async Task NotifyAsync(string connectionString, CancellationToken stoppingToken)
    {
        try
        {
            while (await _outgoing.Reader.WaitToReadAsync(stoppingToken))
            {
                // Sending is not cut by the stop: an event already queued (an answer already shown as saved) still goes.
                await SendQueuedAsync(connectionString, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host stops right after an acknowledged answer (a rolling update, a killed pod): send what is queued.
            await FlushAsync(connectionString);
            throw;
        }
    }

    private async Task FlushAsync(string connectionString)
    {
        using var timeout = new CancellationTokenSource(_flushTimeout);
        try
        {
            await SendQueuedAsync(connectionString, timeout.Token);
        }
        catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            ProgressLog.RelayFlushFailed(logger, _outgoing.Reader.Count, exception);
        }
    }

    private async Task SendQueuedAsync(string connectionString, CancellationToken cancellationToken)
    {
        if (!_outgoing.Reader.TryPeek(out _))
        {
            return;
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // Events are taken from the queue only once the connection is open; a failed send drops those events.
        // Everything queued goes in one statement, so a burst of answers costs one commit here, not one per answer.
        var payloads = new List<string>();
        while (_outgoing.Reader.TryRead(out var learningEvent))
        {
            payloads.Add(JsonSerializer.Serialize(new Envelope(InstanceId, learningEvent), _json));
            if (payloads.Count == MaxEventsPerNotify || !_outgoing.Reader.TryPeek(out _))
            {
                await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, payload) FROM unnest(@payloads) AS payload", connection);
                notify.Parameters.AddWithValue("channel", Channel);
                notify.Parameters.AddWithValue("payloads", payloads.ToArray());
                await notify.ExecuteNonQueryAsync(cancellationToken);
                payloads.Clear();
            }
        }
    }

    private void Receive(string payload)
    {
        Envelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<Envelope>(payload, _json);
        }
        catch (JsonException exception)
        {
            ProgressLog.RelayPayloadInvalid(logger, exception);
            return;
        }

        // This instance's own events were delivered locally when they were committed.
        if (envelope?.Event is { } learningEvent && envelope.Origin != InstanceId)
        {
            hub.DeliverFromOtherInstance(learningEvent);
        }
    }

    private sealed record Envelope(string Origin, LearningEvent Event);
}
