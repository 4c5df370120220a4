using System.Collections.Concurrent;
using System.Net.Http.Json;
using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.Cluster.Reporter;

namespace ClassroomLabsBench;

/// <summary>When a reporter first sent change <c>Sequence</c> of student <c>Student</c> (Unix milliseconds).</summary>
internal sealed record Push(int Student, int Sequence, double SentAt);

/// <summary>
/// One student's reporter, minus the watch of a real cluster: its <see cref="FakeLab"/> changes at random moments (every
/// 2 s at least, <c>meanChange</c> on average; the same schedule in both phases for a student). The design pushes
/// through the reporter's own <see cref="LabPusher"/> (a change at once, else a heartbeat every 15 s); the peer pushes
/// its full snapshot every 2 s whether or not it changed, as a reporter without the change-only rule would.
/// </summary>
internal sealed class SimulatedReporter(ClassStudent student, HttpClient site, TextWriter log) : IDisposable
{
    private static readonly TimeSpan Tick = LabReporterCommand.MinInterval;

    private readonly LabPusher _pusher = new(site, TimeProvider.System, log);
    private int _sequence;

    public int Student => student.Index;

    public static double Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    /// <summary>
    /// The first push: the snapshot every page then shows before the measured phases. One the site did not take goes
    /// again, as a real reporter's next heartbeat would carry it, but sooner: the phases start only once every page
    /// shows its lab.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _pusher.PushAsync(State(FakeLab.Snapshot(student.Index, _sequence, DateTimeOffset.UtcNow)), cancellationToken);
        while (_pusher.IsBehind)
        {
            await Task.Delay(Tick, cancellationToken);
            await _pusher.HeartbeatAsync(cancellationToken);
        }
    }

    public void Dispose() => _pusher.Dispose();

    public async Task RunAsync(bool changeOnly, TimeSpan duration, double meanChangeSeconds, int seed, ConcurrentBag<Push> pushes)
    {
        using var stop = new CancellationTokenSource(duration);
        var random = new Random(seed);
        var changes = new ConcurrentQueue<(int Sequence, LabSnapshot Snapshot)>();
        var sender = changeOnly ? HeartbeatAsync(stop.Token) : SendEveryTickAsync(changes, pushes, stop.Token);
        try
        {
            while (true)
            {
                // Uniform between 2 s and (2 × mean − 2) s: never faster than the reporter's minimum interval.
                var wait = Tick.TotalSeconds + (random.NextDouble() * 2 * (meanChangeSeconds - Tick.TotalSeconds));
                await Task.Delay(TimeSpan.FromSeconds(wait), stop.Token);
                var sequence = ++_sequence;
                var snapshot = FakeLab.Snapshot(student.Index, sequence, DateTimeOffset.UtcNow);
                if (changeOnly)
                {
                    var sentAt = Now();
                    await _pusher.PushAsync(State(snapshot), stop.Token);
                    pushes.Add(new Push(student.Index, sequence, sentAt));
                }
                else
                {
                    changes.Enqueue((sequence, snapshot));
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }

        await sender.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(LabReporterCommand.Heartbeat);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            await _pusher.HeartbeatAsync(cancellationToken);
        }
    }

    private async Task SendEveryTickAsync(ConcurrentQueue<(int Sequence, LabSnapshot Snapshot)> changes, ConcurrentBag<Push> pushes, CancellationToken cancellationToken)
    {
        var current = (Sequence: _sequence, Snapshot: FakeLab.Snapshot(student.Index, _sequence, DateTimeOffset.UtcNow));
        var sent = current.Sequence;
        // Reporters do not tick in step: each starts at its own offset within the interval.
        await Task.Delay(TimeSpan.FromSeconds(Random.Shared.NextDouble() * Tick.TotalSeconds), cancellationToken);
        using var timer = new PeriodicTimer(Tick);
        do
        {
            while (changes.TryDequeue(out var change))
            {
                current = change;
            }

            var sentAt = Now();
            try
            {
                using var response = await site.PostAsJsonAsync(LabReporterEndpoints.PushPath.TrimStart('/'),
                    new LabReport(current.Snapshot with { ObservedAt = DateTimeOffset.UtcNow }), LabReporterEndpoints.Json, cancellationToken);
                if (response.IsSuccessStatusCode && current.Sequence != sent)
                {
                    pushes.Add(new Push(student.Index, current.Sequence, sentAt));
                    sent = current.Sequence;
                }
            }
            catch (HttpRequestException exception)
            {
                await log.WriteLineAsync($"site: {exception.Message}");
            }
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }

    private static LabState State(LabSnapshot snapshot) => new(LabOrigin.Reporter, snapshot, null, DateTimeOffset.UtcNow);
}
