using Course.Web.Components.Cluster.Checks;
using Course.Web.Components.Cluster.Lab;

namespace Course.Web.Components.Cluster;

public sealed partial class ClusterPage
{
    /// <summary>The freshness indicator counts seconds; the page re-renders once a second for it.</summary>
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    private IDisposable? _subscription;
    private ITimer? _timer;
    private LabState? _state;
    private DateTimeOffset _now;

    protected override void OnInitialized()
    {
        var feed = Feeds.Site;
        _now = Time.GetUtcNow();
        _state = feed.Current;
        if (RendererInfo.IsInteractive)
        {
            _subscription = feed.Subscribe(state => InvokeAsync(() =>
            {
                _state = state;
                _now = Time.GetUtcNow();
                StateHasChanged();
            }));
            _timer = Time.CreateTimer(_ => InvokeAsync(() =>
            {
                _now = Time.GetUtcNow();
                StateHasChanged();
            }), null, Tick, Tick);
        }
    }

    private Task OnCheckedAsync(IReadOnlyList<LabCheckResult> results) => Task.CompletedTask;

    public void Dispose()
    {
        _subscription?.Dispose();
        _timer?.Dispose();
    }
}
