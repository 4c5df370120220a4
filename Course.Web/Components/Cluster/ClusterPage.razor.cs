using Course.Web.Components.Cluster.Checks;
using Course.Web.Components.Cluster.Lab;
using Course.Web.Components.Instructor.Cohorts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Course.Web.Components.Cluster;

public sealed partial class ClusterPage
{
    private IDisposable? _subscription;
    private IDisposable? _reportWatch;
    private ILabFeed? _feed;
    private LabState? _state;
    private DateTimeOffset _now;
    private string? _userId;
    private string? _labOwner;
    private string? _viewedEmail;
    private bool _denied;
    private string? _checkNote;
    private bool _mayScale;

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

        // Only shown to instructors on a direct cluster; the scaler checks the role again on every call.
        _mayScale = Scaler.IsAvailable && StudentId is null && await Access.InstructorIdAsync(user) is not null;
        _now = Time.GetUtcNow();
        Follow(PickFeed());
        if (RendererInfo.IsInteractive)
        {
            // A student's first push switches the page from the site's cluster to theirs. Only this lab's arrival or
            // removal wakes the page, not every push of the class; the freshness indicator keeps its own clock.
            if (_labOwner is not null)
            {
                _reportWatch = Reported.SubscribeArrival(_labOwner, () => InvokeAsync(() =>
                {
                    if (PickFeed() is var feed && feed != _feed)
                    {
                        Follow(feed);
                        StateHasChanged();
                    }
                }));
            }
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

    /// <summary>"Vérifier mon cluster": the passed checks of the student's own, real cluster go into their progress.</summary>
    private async Task RecordChecksAsync(IReadOnlyList<LabCheckResult> results)
    {
        if (_userId is null || _viewedEmail is not null)
        {
            _checkNote = null;
            return;
        }

        if (_state?.Origin == LabOrigin.Demonstration)
        {
            _checkNote = "Cluster simulé : ces vérifications ne comptent pas dans votre progression.";
            return;
        }

        var added = await Progress.RecordAsync(_userId, results);
        _checkNote = added > 0
            ? $"{added} nouvelle{(added > 1 ? "s" : "")} vérification{(added > 1 ? "s" : "")} enregistrée{(added > 1 ? "s" : "")} dans votre progression."
            : "Vos vérifications réussies sont enregistrées dans votre progression.";
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _reportWatch?.Dispose();
    }
}
