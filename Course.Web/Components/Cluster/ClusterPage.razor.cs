using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.Instructor.Cohorts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Course.Web.Components.Cluster;

public sealed partial class ClusterPage
{
    /// <summary>The freshness indicator counts seconds; the page re-renders once a second for it.</summary>
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);

    private IDisposable? _subscription;
    private IDisposable? _reportWatch;
    private ITimer? _timer;
    private ILabFeed? _feed;
    private LabState? _state;
    private DateTimeOffset _now;
    private string? _userId;
    private string? _labOwner;
    private string? _viewedEmail;
    private bool _denied;

    /// <summary>An instructor's view of one student's lab: the student's account id.</summary>
    [SupplyParameterFromQuery(Name = "etudiant")]
    public string? StudentId { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var user = AuthenticationState is null ? null : (await AuthenticationState).User;
        _userId = InstructorAccess.UserId(user);
        _labOwner = _userId;
        if (!string.IsNullOrEmpty(StudentId))
        {
            // Checked on the server, against the database, like every instructor page.
            if (await Access.InstructorIdAsync(user) is null)
            {
                _denied = true;
                return;
            }

            _labOwner = StudentId;
            _viewedEmail = Reported.Find(StudentId)?.Email ?? StudentId;
        }

        _now = Time.GetUtcNow();
        Follow(PickFeed());
        if (RendererInfo.IsInteractive)
        {
            // A student's first push switches the page from the site's cluster to theirs.
            _reportWatch = Reported.SubscribeAll(() => InvokeAsync(() =>
            {
                if (PickFeed() is var feed && feed != _feed)
                {
                    Follow(feed);
                    StateHasChanged();
                }
            }));
            _timer = Time.CreateTimer(_ => InvokeAsync(() =>
            {
                _now = Time.GetUtcNow();
                StateHasChanged();
            }), null, Tick, Tick);
        }
    }

    private ILabFeed PickFeed() =>
        _labOwner is not null && Reported.Find(_labOwner) is { } lab ? lab.Feed
        : _viewedEmail is not null ? new LabStatePublisher(LabState.Connecting(LabOrigin.Reporter), Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance)
        : Feeds.Site;

    private void Follow(ILabFeed feed)
    {
        _subscription?.Dispose();
        _feed = feed;
        _state = feed.Current;
        if (RendererInfo.IsInteractive)
        {
            _subscription = feed.Subscribe(state => InvokeAsync(() =>
            {
                _state = state;
                _now = Time.GetUtcNow();
                StateHasChanged();
            }));
        }
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _reportWatch?.Dispose();
        _timer?.Dispose();
    }
}
