using System.Net.Http.Json;
using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.DockerCoins.Students;

namespace Course.Web.Components.Cluster.Reporter;

/// <summary>
/// The reporter's side of the push: only real changes, else a heartbeat; a refused push is logged, never fatal. A
/// snapshot the site did not take (site unreachable, busy, restarting) goes again with the next heartbeat: a lab whose
/// cluster then stays still would otherwise never reach the site.
/// </summary>
internal sealed class LabPusher(HttpClient site, TimeProvider time, TextWriter log) : IDisposable
{
    // Snapshots and heartbeats go one at a time: a heartbeat re-sending an old snapshot never lands after a newer push.
    private readonly SemaphoreSlim _sending = new(1, 1);
    private LabSnapshot? _sent;
    private LabSnapshot? _unsent;
    private DateTimeOffset _lastPush;
    private DateTimeOffset _lastDockerCoinsPush;

    public async Task PushAsync(LabState state, CancellationToken cancellationToken)
    {
        if (state.Problem is { } problem)
        {
            await log.WriteLineAsync($"cluster: {problem.Message}");
        }

        if (state.Snapshot is not { } snapshot)
        {
            return;
        }

        await _sending.WaitAsync(cancellationToken);
        try
        {
            if (_sent is null || !_sent.SameStateAs(snapshot))
            {
                await SendSnapshotAsync(snapshot, cancellationToken);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Whether the latest snapshot has not reached the site yet (the next heartbeat carries it).</summary>
    public bool IsBehind => _unsent is not null;

    public async Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            if (_unsent is { } unsent)
            {
                await SendSnapshotAsync(unsent, cancellationToken);
            }
            else if (time.GetUtcNow() - _lastPush >= LabReporterCommand.Heartbeat - TimeSpan.FromSeconds(1))
            {
                // A push in the last interval already told the site the reporter is alive.
                await SendAsync(new LabReport(null), cancellationToken);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>Sends the DockerCoins measurements when DockerCoins answered, or its failures once per heartbeat.</summary>
    public async Task PushDockerCoinsAsync(DockerCoinsSampler sampler, CancellationToken cancellationToken)
    {
        var force = time.GetUtcNow() - _lastDockerCoinsPush >= LabReporterCommand.Heartbeat - TimeSpan.FromSeconds(1);
        if (sampler.Drain(force) is { } measurements && await SendAsync(new LabReport(null, measurements), cancellationToken))
        {
            _lastDockerCoinsPush = time.GetUtcNow();
        }
    }

    private async Task SendSnapshotAsync(LabSnapshot snapshot, CancellationToken cancellationToken)
    {
        var sent = await SendAsync(new LabReport(snapshot), cancellationToken);
        (_sent, _unsent) = sent ? (snapshot, null) : (_sent, snapshot);
    }

    private async Task<bool> SendAsync(LabReport report, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await site.PostAsJsonAsync(LabReporterEndpoints.PushPath.TrimStart('/'), report, LabReporterEndpoints.Json, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                await log.WriteLineAsync($"site: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
                return false;
            }

            _lastPush = time.GetUtcNow();
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await log.WriteLineAsync($"site: {ex.Message}");
            return false;
        }
    }

    public void Dispose() => _sending.Dispose();
}
