using System.Text.RegularExpressions;
using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.DockerCoins;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.DockerCoins;

public sealed class DockerCoinsPageTests : ComponentTestContext, IAsyncLifetime
{
    // 09:41:07 UTC is 10:41:07 in Paris (winter time).
    private static readonly DateTimeOffset SampledAt = new(2026, 11, 25, 9, 41, 7, TimeSpan.Zero);

    private readonly FakeHashRateFeed _feed;
    private readonly FakeMinerControl _miner;

    public DockerCoinsPageTests() : this(new FakeHashRateFeed(), new FakeMinerControl(isEnabled: false))
    {
    }

    private DockerCoinsPageTests(FakeHashRateFeed feed, FakeMinerControl miner)
        : base(services => services.AddSingleton<IHashRateFeed>(feed).AddSingleton<IMinerControl>(miner)
            .AddSingleton<Course.Web.Components.DockerCoins.Probes.IServiceHealthFeed>(new Probes.FakeServiceHealthFeed()))
    {
        _feed = feed;
        _miner = miner;
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor registers services that can only be disposed asynchronously; xunit 2 would call Dispose().
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void Shows_a_loading_state_before_the_first_sample()
    {
        var page = Render<DockerCoinsPage>();

        Assert.Contains("Chargement des premières mesures", page.Markup);
        Assert.Empty(page.FindAll("[data-hash-rate]"));
        Assert.Equal("true", page.Find("[data-interactive]").GetAttribute("data-interactive"));
    }

    [Fact]
    public async Task Shows_rate_totals_coins_time_and_connection_in_french_with_stable_hooks()
    {
        var page = Render<DockerCoinsPage>();

        await page.InvokeAsync(() => _feed.PublishAsync(DockerCoinsConnectionState.Connected,
            Point(SampledAt.AddSeconds(-1), 12_340, 41, raw: 4, smoothed: 3.1),
            Point(SampledAt, 12_344, 42, raw: 4, smoothed: 3.2254)));

        Assert.Equal("3.225", page.Find("[data-hash-rate]").GetAttribute("data-hash-rate"));
        Assert.Equal("3,2", page.Find("[data-hash-rate]").TextContent);
        Assert.Equal("12344", page.Find("[data-total-hashes]").GetAttribute("data-total-hashes"));
        Assert.Equal("12\u202f344", page.Find("[data-total-hashes]").TextContent);
        Assert.Equal("42", page.Find("[data-coins]").GetAttribute("data-coins"));
        Assert.Equal("10:41:07", page.Find("[data-sampled-at]").TextContent);
        Assert.Equal("connected", page.Find("[data-connection-state]").GetAttribute("data-connection-state"));
        Assert.Contains("connecté", page.Find("[data-connection-state]").TextContent);
        Assert.NotNull(page.Find("a[href='/chapitres/introduction#quelle-est-cette-application']"));
        // The chart is drawn by the server (ReaderPolishBrowserTests checks its width and ticks in Chromium): both lines
        // and a scale from 0 to the plateau.
        Assert.Equal(2, page.FindAll("[data-hash-rate-chart] path.hash-rate-chart__smoothed, [data-hash-rate-chart] path.hash-rate-chart__raw").Count);
        Assert.Equal(["0", "2", "4", "6", "8", "10"], page.FindAll("[data-hash-rate-chart] .hash-rate-chart__y text").Select(t => t.TextContent));
    }

    [Fact]
    public async Task The_chapter_link_leads_to_chapter_1s_dockercoins_section()
    {
        var page = Render<DockerCoinsPage>();
        await page.InvokeAsync(() => _feed.PublishAsync(DockerCoinsConnectionState.Embedded, Point(SampledAt, 1, 0, null, null)));

        var href = page.Find("a[href^='/chapitres/']").GetAttribute("href")!;
        var (path, fragment) = (href.Split('#')[0], href.Split('#')[1]);

        var chapter = Course.FindChapter(path["/chapitres/".Length..]);
        Assert.NotNull(chapter);
        Assert.Equal(1, chapter.Order);
        Assert.Contains("application", chapter.FindSection(fragment)?.Heading);
    }

    [Fact]
    public async Task Updates_live_when_a_new_sample_arrives()
    {
        var page = Render<DockerCoinsPage>();
        await page.InvokeAsync(() => _feed.PublishAsync(DockerCoinsConnectionState.Embedded, Point(SampledAt, 100, 1, null, null)));
        Assert.Equal("100", page.Find("[data-total-hashes]").GetAttribute("data-total-hashes"));
        Assert.Equal("0", page.Find("[data-hash-rate]").GetAttribute("data-hash-rate"));
        Assert.Equal("—", page.Find("[data-hash-rate]").TextContent);

        await _feed.PublishAsync(DockerCoinsConnectionState.Embedded,
            Point(SampledAt, 100, 1, null, null),
            Point(SampledAt.AddSeconds(1), 108, 2, 8, 8));

        page.WaitForAssertion(() =>
        {
            Assert.Equal("108", page.Find("[data-total-hashes]").GetAttribute("data-total-hashes"));
            Assert.Equal("8", page.Find("[data-hash-rate]").GetAttribute("data-hash-rate"));
            Assert.Equal("2", page.Find("[data-coins]").GetAttribute("data-coins"));
        });
        Assert.Contains("mineur intégré", page.Find("[data-connection-state]").TextContent);
    }

    [Fact]
    public async Task An_outage_shows_reconnecting_keeps_the_last_totals_and_an_unknown_rate()
    {
        var page = Render<DockerCoinsPage>();

        await page.InvokeAsync(() => _feed.PublishAsync(DockerCoinsConnectionState.Reconnecting,
            Point(SampledAt, 500, 9, 3, 3.2),
            HashRatePoint.Gap(SampledAt.AddSeconds(1))));

        Assert.Equal("reconnecting", page.Find("[data-connection-state]").GetAttribute("data-connection-state"));
        Assert.Contains("reconnexion…", page.Find("[data-connection-state]").TextContent);
        Assert.Contains("Redis ne répond pas", page.Markup);
        Assert.Equal("500", page.Find("[data-total-hashes]").GetAttribute("data-total-hashes"));
        Assert.Equal("—", page.Find("[data-hash-rate]").TextContent);
    }

    [Fact]
    public async Task Invalid_data_is_shown_in_french_naming_the_key_not_as_an_outage()
    {
        var page = Render<DockerCoinsPage>();

        await page.InvokeAsync(() => _feed.PublishInvalidAsync("hashes",
            Point(SampledAt, 500, 9, 3, 3.2),
            HashRatePoint.Gap(SampledAt.AddSeconds(1))));

        Assert.Equal("invalid-data", page.Find("[data-connection-state]").GetAttribute("data-connection-state"));
        Assert.Contains("données invalides", page.Find("[data-connection-state]").TextContent);
        Assert.Equal("hashes", page.Find("[data-invalid-key]").GetAttribute("data-invalid-key"));
        Assert.Contains("la clé hashes de Redis", page.Find("[data-invalid-key]").TextContent);
        Assert.DoesNotContain("Redis ne répond pas", page.Markup);
        Assert.Empty(page.FindAll("[data-reset-at]"));
        Assert.Equal("500", page.Find("[data-total-hashes]").GetAttribute("data-total-hashes"));
    }

    [Fact]
    public async Task A_reset_is_explained_rather_than_drawn_as_a_negative_rate()
    {
        var page = Render<DockerCoinsPage>();

        await page.InvokeAsync(() => _feed.PublishAsync(DockerCoinsConnectionState.Connected,
            Point(SampledAt, 5000, 9, 3, 3.2),
            Point(SampledAt.AddSeconds(1), 4, 0, null, null) with { IsReset = true }));

        Assert.Contains("reparti en arrière à 10:41:08", page.Find("[data-reset-at]").TextContent);
    }

    [Fact]
    public async Task Not_configured_tells_which_setting_to_set()
    {
        var page = Render<DockerCoinsPage>();

        await page.InvokeAsync(() => _feed.PublishAsync(DockerCoinsConnectionState.NotConfigured));

        Assert.Equal("not-configured", page.Find("[data-connection-state]").GetAttribute("data-connection-state"));
        Assert.Contains("non configuré", page.Markup);
        Assert.Contains("ConnectionStrings:DockerCoinsRedis", page.Markup);
        Assert.Empty(page.FindAll("[data-workers]"));
    }

    [Fact]
    public async Task Unsubscribes_when_the_page_is_closed()
    {
        Render<DockerCoinsPage>();
        Assert.Equal(1, _feed.SubscriberCount);

        await DisposeComponentsAsync();

        Assert.Equal(0, _feed.SubscriberCount);
    }

    [Fact]
    public async Task The_embedded_miner_worker_count_can_be_changed_and_its_plateau_is_explained()
    {
        await using var context = new DockerCoinsPageTests(new FakeHashRateFeed(), new FakeMinerControl(isEnabled: true, workers: 3));
        var page = context.Render<DockerCoinsPage>();
        await page.InvokeAsync(() => context._feed.PublishAsync(DockerCoinsConnectionState.Embedded, Point(SampledAt, 10, 0, null, null)));

        var minerText = Regex.Replace(page.Find("[data-workers]").TextContent, @"\s+", " ");
        Assert.Contains("Nombre de workers : 3", minerText);
        Assert.Contains("plafonne vers 10 hachages/s", minerText);
        Assert.Contains("rng", minerText);

        page.Find("[data-action='add-worker']").Click();

        Assert.Equal(4, context._miner.WorkerCount);
        Assert.Equal("Nombre de workers\u202F: 4", page.Find("label[for='miner-workers']").TextContent);
        Assert.Equal("4", page.Find("[data-workers]").GetAttribute("data-workers"));
    }

    private static HashRatePoint Point(DateTimeOffset at, long hashes, long coins, double? raw, double? smoothed) =>
        new(at, hashes, coins, raw, smoothed, IsReset: false);
}
