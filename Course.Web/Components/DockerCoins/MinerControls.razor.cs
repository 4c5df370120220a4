using Microsoft.AspNetCore.Components;

namespace Course.Web.Components.DockerCoins;

/// <summary>The embedded miner's worker count, with the chapter 2 explanation of its plateau.</summary>
public sealed partial class MinerControls
{
    [Inject]
    internal IMinerControl Miner { get; set; } = default!;

    private void SetWorkers(int workers) => Miner.SetWorkerCount(workers);
}
