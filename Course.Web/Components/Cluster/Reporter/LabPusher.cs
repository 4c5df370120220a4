using System.Net.Http.Json;
using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.DockerCoins.Students;

namespace Course.Web.Components.Cluster.Reporter;

/// <summary>The reporter's side of the push: only real changes, else a heartbeat; a refused push is logged, never fatal.</summary>
internal sealed class LabPusher(HttpClient site, TimeProvider time, TextWriter log)
{
    private LabSnapshot? _sent;
    private DateTimeOffset _lastPush;
    private DateTimeOffset _lastDockerCoinsPush;

    public async Task PushAsync(LabState state, CancellationToken cancellationToken)
    {
        if (state.Problem is { } problem)
        {
            await log.WriteLineAsync($"cluster: {problem.Message}");
        }

        if (state.Snapshot is not { } snapshot || (_sent is not null && _sent.SameStateAs(snapshot)))
        {
            return;
        }

        if (await SendAsync(new LabReport(snapshot), cancellationToken))
        {
            _sent = snapshot;
        }
    }

    public async Task HeartbeatAsync(CancellationToken cancellationToken)
    {
        // A push in the last interval already told the site the reporter is alive.
        if (time.GetUtcNow() - _lastPush >= LabReporterCommand.Heartbeat - TimeSpan.FromSeconds(1))
        {
            await SendAsync(new LabReport(null), cancellationToken);
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
}
