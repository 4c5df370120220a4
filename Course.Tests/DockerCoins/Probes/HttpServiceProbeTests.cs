using Course.Web.Components.DockerCoins.Probes;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.DockerCoins.Probes;

/// <summary>The HTTP prober, registered as the site registers it, against real services on loopback.</summary>
public sealed class HttpServiceProbeTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromMilliseconds(800);

    [Fact]
    public async Task Healthy_services_are_ok_with_their_latency_and_the_probe_load_is_stated()
    {
        await using var rng = await LoopbackHttpService.StartAsync(DockerCoinsBehaviours.Rng());
        await using var hasher = await LoopbackHttpService.StartAsync(DockerCoinsBehaviours.Hasher());
        await using var webui = await LoopbackHttpService.StartAsync(DockerCoinsBehaviours.WebUi());
        await using var host = await StartHostAsync(rng.Url, hasher.Url, webui.Url);

        var snapshot = await Feed(host).WaitForAsync(
            s => s.Services.All(h => h.Status == ServiceStatus.Ok) && s.Get(DockerCoinsService.Rng).RecentLatencySeconds.Count >= 2, Wait);

        // The services answer after 0.1 s: the latency shown includes it (a timer may fire a few ms early), and is a
        // measured answer, not a timeout. No tighter upper bound: on a loaded machine probes of these 0.1-s services
        // took 0.57-0.75 s, and a 0.5-s bound failed there.
        var atLeast = DockerCoinsBehaviours.Latency - TimeSpan.FromMilliseconds(5);
        Assert.InRange(snapshot.Get(DockerCoinsService.Rng).P95!.Value, atLeast, ProbeTimeout);
        Assert.InRange(snapshot.Get(DockerCoinsService.Hasher).P50!.Value, atLeast, ProbeTimeout);
        // A cold first probe on a loaded machine may time out: availability counts it, so it is only known to be positive.
        Assert.InRange(snapshot.Get(DockerCoinsService.WebUi).Availability, 0.01, 1.0);
        Assert.Null(snapshot.Bottleneck);
        Assert.Null(snapshot.Workers);

        // 0.1 s of a single-threaded rng every second.
        Assert.Contains("une requête rng toutes les 1,00 s : 10 % de la capacité d’un rng à un seul fil", snapshot.ProbeLoad);
    }

    [Fact]
    public async Task Garbage_answers_are_named_and_the_services_recover()
    {
        await using var rng = await LoopbackHttpService.StartAsync(DockerCoinsBehaviours.ShortRng());
        await using var hasher = await LoopbackHttpService.StartAsync(DockerCoinsBehaviours.Hasher(wrong: true));
        await using var webui = await LoopbackHttpService.StartAsync(DockerCoinsBehaviours.HtmlWebUi());
        await using var host = await StartHostAsync(rng.Url, hasher.Url, webui.Url);

        var broken = await Feed(host).WaitForAsync(s => s.Services.All(h => h.Status == ServiceStatus.Down), Wait);
        Assert.Equal("réponse invalide : 10 octets au lieu de 32", broken.Get(DockerCoinsService.Rng).LastError);
        Assert.Equal("réponse invalide : l’empreinte SHA-256 renvoyée est fausse", broken.Get(DockerCoinsService.Hasher).LastError);
        Assert.Equal("réponse invalide : ce n’est pas du JSON", broken.Get(DockerCoinsService.WebUi).LastError);
        Assert.Null(broken.Get(DockerCoinsService.Hasher).P95);

        rng.Behaviour = DockerCoinsBehaviours.Rng();
        hasher.Behaviour = DockerCoinsBehaviours.Hasher();
        webui.Behaviour = DockerCoinsBehaviours.WebUi();
        var recovered = await Feed(host).WaitForAsync(s => s.Services.All(h => h.Status == ServiceStatus.Ok), Wait);
        Assert.InRange(recovered.Get(DockerCoinsService.Hasher).Availability, 0.01, 0.99);
    }

    [Fact]
    public async Task A_hanging_rng_is_slow_and_a_stopped_one_is_down_until_it_is_back()
    {
        await using var rng = await LoopbackHttpService.StartAsync(DockerCoinsBehaviours.HangingRng());
        await using var host = await StartHostAsync(rng.Url, null, null);

        var hanging = await Feed(host).WaitForAsync(s => s.Is(DockerCoinsService.Rng, ServiceStatus.Slow), Wait);
        Assert.Equal("pas de réponse en 0,80 s (délai dépassé)", hanging.Get(DockerCoinsService.Rng).LastError);
        Assert.Equal(ServiceStatus.NotConfigured, hanging.Get(DockerCoinsService.Hasher).Status);
        Assert.Equal(ServiceStatus.NotConfigured, hanging.Get(DockerCoinsService.WebUi).Status);

        await rng.StopAsync();
        var down = await Feed(host).WaitForAsync(s => s.Is(DockerCoinsService.Rng, ServiceStatus.Down), Wait);
        Assert.StartsWith("injoignable", down.Get(DockerCoinsService.Rng).LastError);

        rng.Behaviour = DockerCoinsBehaviours.Rng();
        await rng.StartAsync();
        await Feed(host).WaitForAsync(s => s.Is(DockerCoinsService.Rng, ServiceStatus.Ok), Wait);
    }

    [Fact]
    public async Task Nothing_is_probed_when_no_url_is_set_and_the_miner_is_off()
    {
        await using var host = await DockerCoinsHost.StartAsync(new Dictionary<string, string?> { ["DockerCoins:EmbeddedMiner"] = "false" });

        var snapshot = await Feed(host).WaitForAsync(_ => true, Wait);

        Assert.All(snapshot.Services, s => Assert.Equal(ServiceStatus.NotConfigured, s.Status));
    }

    [Theory]
    [InlineData("DockerCoins:RngUrl", "rng:8080", "DockerCoins:RngUrl must be an absolute http or https URL")]
    [InlineData("DockerCoins:WebUiUrl", "ftp://webui/", "DockerCoins:WebUiUrl must be an absolute http or https URL")]
    [InlineData("DockerCoins:ProbeInterval", "00:00:00.05", "DockerCoins:ProbeInterval must be between")]
    [InlineData("DockerCoins:ProbeTimeout", "00:00:05", "DockerCoins:ProbeTimeout must be positive and at most ProbeInterval")]
    public async Task A_wrong_setting_stops_the_start_and_names_itself(string key, string value, string message)
    {
        var host = DockerCoinsHost.Build(new Dictionary<string, string?> { [key] = value });

        var error = await Assert.ThrowsAnyAsync<Exception>(host.StartAsync);

        Assert.Contains(message, error.Message);
    }

    private static IServiceHealthFeed Feed(DockerCoinsHost host) => host.Services.GetRequiredService<IServiceHealthFeed>();

    private static Task<DockerCoinsHost> StartHostAsync(string? rngUrl, string? hasherUrl, string? webUiUrl) =>
        DockerCoinsHost.StartAsync(new Dictionary<string, string?>
        {
            ["DockerCoins:EmbeddedMiner"] = "false",
            ["DockerCoins:RngUrl"] = rngUrl,
            ["DockerCoins:HasherUrl"] = hasherUrl,
            ["DockerCoins:WebUiUrl"] = webUiUrl,
            ["DockerCoins:ProbeInterval"] = "00:00:01",
            ["DockerCoins:ProbeTimeout"] = ProbeTimeout.ToString(),
        });
}
