using Course.Web.Components.DockerCoins.Probes;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.DockerCoins.Probes;

/// <summary>
/// The embedded miner measured on its workers' own calls: adding workers makes its one-at-a-time rng queue them,
/// and the monitor names rng from those measurements. Timing-sensitive: runs alone with the miner's other tests.
/// </summary>
[Collection(EmbeddedMinerCollection.Name)]
public sealed class EmbeddedServiceProbeTests
{
    [Fact]
    public async Task Adding_workers_makes_rng_queue_and_the_hint_names_it()
    {
        await using var host = await DockerCoinsHost.StartAsync(new Dictionary<string, string?>
        {
            ["DockerCoins:EmbeddedMiner"] = "true",
            ["DockerCoins:Workers"] = "1",
            ["DockerCoins:ProbeInterval"] = "00:00:00.5",
            ["DockerCoins:ProbeTimeout"] = "00:00:00.5",
        });
        var feed = host.Services.GetRequiredService<IServiceHealthFeed>();

        var oneWorker = await feed.WaitForAsync(
            s => s.Get(DockerCoinsService.Rng).RecentLatencySeconds.Count >= 4 && s.Workers == 1, TimeSpan.FromSeconds(10));
        Assert.Equal(ServiceStatus.NotConfigured, oneWorker.Get(DockerCoinsService.WebUi).Status);
        Assert.Contains("n’ajoute aucune requête", oneWorker.ProbeLoad);
        Assert.Null(oneWorker.Bottleneck);

        host.Miner.SetWorkerCount(10);
        var named = await feed.WaitForAsync(s => s.Bottleneck is not null, TimeSpan.FromSeconds(15));

        Assert.Equal(DockerCoinsService.Rng, named.Bottleneck!.Service);
        Assert.Equal(1, named.Bottleneck.FewWorkers);
        Assert.Equal(10, named.Bottleneck.ManyWorkers);
        Assert.True(named.Bottleneck.LatencyWithManyWorkers >= TimeSpan.FromSeconds(0.3), named.Bottleneck.Finding);
    }
}
