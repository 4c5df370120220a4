namespace Course.Web.Components.Site;

/// <summary>
/// Holds back start-up work that no first request needs (the reported labs' and DockerCoins' reloads, the search
/// index) until the site has sent its first response, or <see cref="LongestWait"/> after it started listening,
/// whichever comes first. On a two-core node that work took a core from the first chapter's render during a cold
/// start (about 1.3 s of traced CPU beside Kestrel's start and the first request, docs/benchmarks.md "Session 11:
/// cold start"). A request that needs it meanwhile does not wait for the gate: a search starts the index build itself,
/// and the feeds answer with what they hold, as they did while their first reload ran.
/// </summary>
internal sealed class BackgroundStartGate
{
    /// <summary>The gate opens at the latest this long after the server started, with or without a request.</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(2);

    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BackgroundStartGate(IHostApplicationLifetime lifetime, TimeProvider time) =>
        lifetime.ApplicationStarted.Register(() =>
            _ = Task.Delay(LongestWait, time).ContinueWith(_ => Open(), TaskScheduler.Default));

    public bool IsOpen => _open.Task.IsCompleted;

    public void Open() => _open.TrySetResult();

    /// <summary>Completes once the gate is open.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _open.Task.WaitAsync(cancellationToken);
}
