using Course.Web.Components.DockerCoins.Students;
using Course.Web.Components.Instructor.Cohorts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Course.Web.Components.DockerCoins;

/// <summary>
/// The live dashboard: shows the latest snapshot of the site's monitor, or of the signed-in student's own DockerCoins
/// while their lab reporter pushes it, and re-renders on each new one.
/// </summary>
public sealed partial class DockerCoinsPage
{
    private static readonly string[] Palette = ["#1565c0", "#9e9e9e"];

    /// <summary>How often the page checks whether the student's reporter came or went.</summary>
    private static readonly TimeSpan ReporterCheck = TimeSpan.FromSeconds(2);

    private HashRateSnapshot? _snapshot;
    private IDisposable? _subscription;
    private IHashRateFeed? _feed;
    private StudentDockerCoins? _student;
    private string? _userId;
    private ITimer? _timer;
    private List<ChartSeries<double>> _series = [];
    private LineChartOptions _chartOptions = new();
    private string[] _labels = [];
    private IReadOnlyList<Cluster.ReplicaChange> _replicaChanges = [];

    // Drawn to the page's width in pixels (measured once the circuit runs): with "100%" MudChart keeps its default
    // 650×350 drawing, a narrow strip in the middle of a laptop screen.
    private string _chartWidth = "100%";
    private string _chartHeight = "320px";

    [Inject]
    internal IHashRateFeed Feed { get; set; } = default!;

    [Inject]
    internal Cluster.ReplicaChangeLog ReplicaChanges { get; set; } = default!;

    [Inject]
    internal IMinerControl Miner { get; set; } = default!;

    [Inject]
    internal ReportedDockerCoins Students { get; set; } = default!;

    [Inject]
    internal TimeProvider Time { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    internal Microsoft.JSInterop.IJSRuntime JS { get; set; } = default!;

    private Color ChipColor => _snapshot?.State switch
    {
        DockerCoinsConnectionState.Connected => Color.Success,
        DockerCoinsConnectionState.Reconnecting => Color.Warning,
        DockerCoinsConnectionState.InvalidData => Color.Error,
        DockerCoinsConnectionState.Embedded => Color.Info,
        _ => Color.Default,
    };

    protected override async Task OnInitializedAsync()
    {
        _userId = AuthenticationState is null ? null : InstructorAccess.UserId((await AuthenticationState).User);
        Follow(Students.Connected(_userId));
        if (RendererInfo.IsInteractive && _userId is not null)
        {
            _timer = Time.CreateTimer(_ => _ = InvokeAsync(FollowReporter), null, ReporterCheck, ReporterCheck);
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        _subscription?.Dispose();
    }

    private void FollowReporter()
    {
        if (Students.Connected(_userId) is var student && student != _student)
        {
            Follow(student);
            StateHasChanged();
        }
    }

    private void Follow(StudentDockerCoins? student)
    {
        _subscription?.Dispose();
        _student = student;
        var feed = student?.HashRates ?? Feed;
        _feed = feed;
        Show(feed.Current);
        _subscription = feed.Subscribe(snapshot => OnSnapshotAsync(feed, snapshot));
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        try
        {
            var width = await JS.InvokeAsync<int>("courseSite.contentWidth", [".dockercoins"]);
            if (width > 0)
            {
                _chartWidth = $"{width}px";
                _chartHeight = width < 600 ? "260px" : "320px";
                StateHasChanged();
            }
        }
        catch (Microsoft.JSInterop.JSException)
        {
            // Unmeasured: the chart keeps its default drawing size.
        }
    }

    private Task OnSnapshotAsync(IHashRateFeed feed, HashRateSnapshot snapshot) => InvokeAsync(() =>
    {
        // Snapshots are delivered on the thread pool; a late one (or one of a feed just left) must not replace a newer one.
        if (feed == _feed && (_snapshot is null || snapshot.Sequence > _snapshot.Sequence))
        {
            Show(snapshot);
            StateHasChanged();
        }
    });

    private void Show(HashRateSnapshot? snapshot)
    {
        _snapshot = snapshot;
        if (snapshot is null)
        {
            return;
        }

        var chart = snapshot.Chart;
        var smoothed = new ChartSeries<double> { Name = "Débit lissé (10 s)", Data = new ChartData<double>(chart.Smoothed) };
        var raw = new ChartSeries<double> { Name = "Débit brut (par mesure)", Data = new ChartData<double>(chart.Raw) };
        // More series (e.g. marks of replica changes) join this list; their look goes in ChartOptionsFor.
        _series = [smoothed, raw];
        _chartOptions = ChartOptionsFor(raw);
        // Each change of worker or rng replicas labels the point where it happened (« worker : 2 → 10 »).
        _replicaChanges = ReplicaChanges.Recent;
        _labels = Cluster.ReplicaMarks.Label(chart.Labels, snapshot.History, _replicaChanges);
    }

    // Ticks every 2 hachages/s (the plateau is near 10), one value per tooltip, the raw line faint behind the smoothed one.
    private static LineChartOptions ChartOptionsFor(ChartSeries<double> raw) => new()
    {
        ChartPalette = Palette,
        ShowDataMarkers = false,
        ShowToolTips = true,
        ConnectNullPoints = false,
        YAxisRequireZeroPoint = true,
        YAxisTicks = 2,
        MaxNumYAxisTicks = 12,
        YAxisFormat = "0",
        LineStrokeWidth = 2,
        YAxisTitle = "hachages/s",
        SeriesDisplayOverrides = new Dictionary<IChartSeries, MudBlazor.Charts.SeriesDisplayOverride>
        {
            [raw] = new() { StrokeOpacity = 0.35 },
        },
    };
}
