using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.DockerCoins.Probes;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.DockerCoins.Probes;

public sealed class ServicesPanelTests : ComponentTestContext, IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeServiceHealthFeed _feed;

    public ServicesPanelTests() : this(new FakeServiceHealthFeed())
    {
    }

    private ServicesPanelTests(FakeServiceHealthFeed feed)
        : base(services => services.AddSingleton<IServiceHealthFeed>(feed))
    {
        _feed = feed;
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void Waits_for_the_first_round_without_calling_anything()
    {
        var panel = Render<ServicesPanel>();

        Assert.Contains("Première mesure des services en cours", panel.Markup);
        Assert.Empty(panel.FindAll("[data-service]"));
        Assert.Equal(1, _feed.SubscriberCount);
    }

    [Fact]
    public async Task Shows_each_status_with_its_hooks_p95_sparkline_error_and_hint_and_updates_live()
    {
        var panel = Render<ServicesPanel>();
        var rng = History(DockerCoinsService.Rng, ProbeResult.Ok(TimeSpan.FromSeconds(0.1)), ProbeResult.Ok(TimeSpan.FromSeconds(0.9)));
        var hasher = History(DockerCoinsService.Hasher, ProbeResult.Ok(TimeSpan.FromSeconds(0.1)), ProbeResult.Garbage(TimeSpan.FromSeconds(0.1), "réponse invalide : l’empreinte SHA-256 renvoyée est fausse"));
        var hint = new BottleneckHint(DockerCoinsService.Rng, 1, TimeSpan.FromSeconds(0.1), 10, TimeSpan.FromSeconds(0.95));

        await panel.InvokeAsync(() => _feed.PublishAsync(new ServicesSnapshot(1,
            [rng.ToHealth(), hasher.ToHealth(), NotConfigured(DockerCoinsService.WebUi)], hint, "Sonde : une requête rng toutes les 2,00 s : 5 % de la capacité d’un rng à un seul fil.", 10)));

        var rngItem = panel.Find("[data-service='rng']");
        Assert.Equal("slow", rngItem.GetAttribute("data-status"));
        Assert.Equal("900", rngItem.GetAttribute("data-latency-p95-ms"));
        Assert.Contains("p95 : 0,90 s", rngItem.TextContent);
        Assert.Single(rngItem.QuerySelectorAll("svg[aria-hidden='true'] polyline"));
        var hasherItem = panel.Find("[data-service='hasher']");
        Assert.Equal("down", hasherItem.GetAttribute("data-status"));
        Assert.Contains("en panne", hasherItem.TextContent);
        Assert.Contains("Erreur : réponse invalide : l’empreinte SHA-256 renvoyée est fausse", hasherItem.TextContent);
        Assert.Equal("not-configured", panel.Find("[data-service='webui']").GetAttribute("data-status"));
        Assert.Contains("non configuré", panel.Find("[data-service='webui']").TextContent);
        Assert.Contains("rng : 0,10 s → 0,95 s quand worker passe de 1 à 10 : rng sert une requête à la fois", panel.Find("[data-bottleneck='rng']").TextContent);
        Assert.Contains("kubectl apply -f rng-daemonset.yaml", panel.Find("[data-bottleneck]").TextContent);
        Assert.Contains("5 % de la capacité", panel.Find("[data-probe-load]").TextContent);
        var announcement = panel.Find("[role='status'][aria-live='polite']");
        Assert.Equal("rng : lent, hasher : en panne, webui : non configuré. Goulot d’étranglement : rng", announcement.TextContent);

        hasher.Add(Start.AddSeconds(10), ProbeResult.Ok(TimeSpan.FromSeconds(0.1)), 10);
        await panel.InvokeAsync(() => _feed.PublishAsync(new ServicesSnapshot(2,
            [rng.ToHealth(), hasher.ToHealth(), NotConfigured(DockerCoinsService.WebUi)], null, "Sonde", 10)));

        Assert.Equal("ok", panel.Find("[data-service='hasher']").GetAttribute("data-status"));
        Assert.Empty(panel.FindAll("[data-service-error]"));
        Assert.Empty(panel.FindAll("[data-bottleneck]"));
    }

    [Fact]
    public void Stops_listening_when_disposed()
    {
        var panel = Render<ServicesPanel>();

        panel.Instance.Dispose();

        Assert.Equal(0, _feed.SubscriberCount);
    }

    private static ServiceLatencyHistory History(DockerCoinsService service, params ProbeResult[] results)
    {
        var history = new ServiceLatencyHistory(service, TimeSpan.FromMilliseconds(500));
        for (var i = 0; i < results.Length; i++)
        {
            history.Add(Start.AddSeconds(2 * i), results[i], 10);
        }

        return history;
    }

    private static ServiceHealth NotConfigured(DockerCoinsService service) =>
        new(service, ServiceStatus.NotConfigured, null, null, null, 0, null, []);
}
