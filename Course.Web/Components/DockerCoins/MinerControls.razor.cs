using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Course.Web.Components.DockerCoins;

/// <summary>
/// The embedded miner's worker count, with the chapter 2 explanation of its plateau. A dragged slider sends dozens
/// of values a second (a script, thousands): the first is applied at once, the rest at most once per
/// <see cref="Throttle"/>, the last one always. Changes made from another page arrive through the miner.
/// </summary>
public sealed partial class MinerControls : IDisposable
{
    internal static readonly TimeSpan Throttle = TimeSpan.FromMilliseconds(250);

    private IDisposable? _subscription;
    private ITimer? _timer;
    private int? _pending;
    private bool _throttling;
    private bool _mayChange;

    [Inject]
    internal IMinerControl Miner { get; set; } = default!;

    [Inject]
    internal TimeProvider Time { get; set; } = default!;

    [Inject]
    internal IMinerChangePolicy Policy { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    // What this viewer asked for while throttled, else what the miner runs.
    private int Shown => _pending ?? Miner.WorkerCount;

    protected override async Task OnInitializedAsync()
    {
        _mayChange = await MayChangeAsync();
        _subscription = Miner.Subscribe(_ => InvokeAsync(StateHasChanged));
        _timer = Time.CreateTimer(_ => _ = InvokeAsync(ApplyPending), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _timer?.Dispose();
    }

    private Task OnSliderInput(ChangeEventArgs e) =>
        int.TryParse(e.Value?.ToString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var workers)
            ? SetWorkers(workers)
            : Task.CompletedTask;

    private async Task SetWorkers(int workers)
    {
        // Checked again for every event: the markup's disabled controls are no protection against a crafted one.
        if (!(_mayChange = await MayChangeAsync()))
        {
            return;
        }

        if (_throttling)
        {
            _pending = workers;
            return;
        }

        Miner.SetWorkerCount(workers);
        StartThrottle();
    }

    private async Task<bool> MayChangeAsync()
    {
        var user = AuthenticationState is null ? new System.Security.Claims.ClaimsPrincipal() : (await AuthenticationState).User;
        return await Policy.MayChangeAsync(user);
    }

    private void ApplyPending()
    {
        if (_pending is { } workers)
        {
            _pending = null;
            Miner.SetWorkerCount(workers);
            StartThrottle();
        }
        else
        {
            _throttling = false;
        }

        StateHasChanged();
    }

    private void StartThrottle()
    {
        _throttling = true;
        _timer?.Change(Throttle, Timeout.InfiniteTimeSpan);
    }
}
