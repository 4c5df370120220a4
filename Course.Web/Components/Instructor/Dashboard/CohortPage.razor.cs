using Course.Web.Components.Instructor.Cohorts;
using Course.Web.Components.Instructor.Statistics;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Course.Web.Components.Instructor.Dashboard;

/// <summary>
/// One cohort's dashboard for its owner. Loaded once, then kept current by <see cref="ICohortDashboardFeed"/>; every
/// action re-checks ownership on the server through <see cref="CohortService"/>.
/// </summary>
public sealed partial class CohortPage
{
    private Cohort? _cohort;
    private CohortDashboard? _dashboard;
    private IDisposable? _subscription;
    private string? _actionMessage;
    private bool _actionFailed;
    private bool _live;

    [Inject]
    internal CohortService Cohorts { get; set; } = default!;

    [Inject]
    internal CohortDashboardLoader Loader { get; set; } = default!;

    [Inject]
    internal ICohortDashboardFeed Feed { get; set; } = default!;

    [Inject]
    internal NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Parameter]
    public int Id { get; set; }

    private string Dates => (_cohort?.StartsOn, _cohort?.EndsOn) switch
    {
        ({ } start, { } end) => $"Du {start:dd/MM/yyyy} au {end:dd/MM/yyyy}",
        ({ } start, null) => $"À partir du {start:dd/MM/yyyy}",
        (null, { } end) => $"Jusqu’au {end:dd/MM/yyyy}",
        _ => "Sans dates",
    };

    protected override async Task OnInitializedAsync()
    {
        var user = (await AuthenticationState).User;
        _cohort = await Cohorts.FindOwnedAsync(user, Id);
        if (_cohort is null)
        {
            // Not the owner, or no such cohort: the same 404 either way.
            Navigation.NotFound();
            return;
        }

        if (RendererInfo.IsInteractive)
        {
            // Subscribe before loading, so a change committed during the load is pushed afterwards.
            _subscription = Feed.Subscribe(Id, OnDashboardAsync);
            _live = true;
        }

        var dashboard = await Loader.LoadAsync(Id);
        if (_dashboard is null || (dashboard is not null && dashboard.Sequence >= _dashboard.Sequence))
        {
            _dashboard ??= dashboard;
        }
    }

    public void Dispose() => _subscription?.Dispose();

    private Task OnDashboardAsync(CohortDashboard dashboard) => InvokeAsync(() =>
    {
        // Pushes arrive on the thread pool; a late one must not replace a newer one.
        if (_dashboard is null || dashboard.Sequence > _dashboard.Sequence)
        {
            _dashboard = dashboard;
            StateHasChanged();
        }
    });

    private Task RegenerateAsync() => ActAsync(
        (user, id) => Cohorts.RegenerateCodeAsync(user, id),
        cohort => $"Nouveau code : {cohort.JoinCode}. L’ancien ne fonctionne plus ; les membres restent dans la cohorte.");

    private Task ArchiveAsync() => ActAsync(
        (user, id) => Cohorts.ArchiveAsync(user, id),
        _ => "Cohorte archivée : son code ne permet plus de la rejoindre.");

    private Task RestoreAsync() => ActAsync(
        (user, id) => Cohorts.RestoreAsync(user, id),
        _ => "Cohorte réactivée : son code permet de nouveau de la rejoindre.");

    private async Task ActAsync(
        Func<System.Security.Claims.ClaimsPrincipal, int, Task<CohortOutcome>> action, Func<Cohort, string> success)
    {
        var outcome = await action((await AuthenticationState).User, Id);
        _actionFailed = !outcome.Succeeded;
        if (outcome.Cohort is { } cohort)
        {
            _cohort = cohort;
            _actionMessage = success(cohort);
        }
        else
        {
            _actionMessage = outcome.Error;
        }
    }

    private static string Students(int count) => count switch
    {
        0 => "Aucun étudiant",
        1 => "1 étudiant",
        _ => $"{count} étudiants",
    };
}
