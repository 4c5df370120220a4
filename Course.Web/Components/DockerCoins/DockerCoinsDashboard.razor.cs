using Course.Web.Components.DockerCoins.Students;
using Course.Web.Components.Instructor.Cohorts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Course.Web.Components.DockerCoins;

/// <summary>
/// The live dashboard (an island of <see cref="DockerCoinsPage"/>): shows the latest snapshot of the site's monitor, or
/// of the signed-in student's own DockerCoins while their lab reporter pushes it, and re-renders on each new one.
/// </summary>
public sealed partial class DockerCoinsDashboard
{
    /// <summary>How often the page checks whether the student's reporter came or went.</summary>
    private static readonly TimeSpan ReporterCheck = TimeSpan.FromSeconds(2);

    private HashRateSnapshot? _snapshot;
    private IDisposable? _subscription;
    private IHashRateFeed? _feed;
    private StudentDockerCoins? _student;
    private string? _userId;
    private ITimer? _timer;
    private string[] _labels = [];
    private IReadOnlyList<Cluster.ReplicaChange> _replicaChanges = [];

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

        // Each change of worker or rng replicas labels the point where it happened (« worker : 2 → 10 »).
        _replicaChanges = ReplicaChanges.Recent;
        _labels = Cluster.ReplicaMarks.Label(snapshot.Chart.Labels, snapshot.History, _replicaChanges);
    }
}
