using System.Net;
using Course.Tests.Infrastructure;
using Course.Web.Components.DockerCoins;
using Course.Web.Components.PageCache;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Course.Tests.PageCache;

/// <summary>
/// <c>/dockercoins</c> shows figures sampled every second: its anonymous copy is served from one render for
/// <c>PageCache:LiveFreshFor</c> (1 s), never longer, and a signed-in reader's page (their own cluster's figures, the
/// miner's controls for an instructor) is rendered for them.
/// </summary>
public sealed class LivePageCacheTests(LivePageSiteFixture fixture) : IClassFixture<LivePageSiteFixture>
{
    private static readonly DateTimeOffset SampledAt = new(2026, 11, 27, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_dockercoins_page_is_one_render_within_its_freshness_and_never_served_older()
    {
        var freshFor = fixture.Site.Services.GetRequiredService<IOptions<PageCacheOptions>>().Value.LiveFreshFor;
        using var client = fixture.Site.CreateClient();
        await fixture.Feed.PublishAsync(DockerCoinsConnectionState.Connected, Point(SampledAt, 1_000));
        using var first = await client.GetAsync("/dockercoins");
        await fixture.Feed.PublishAsync(DockerCoinsConnectionState.Connected, Point(SampledAt, 1_000), Point(SampledAt.AddSeconds(1), 1_004));

        // Within the freshness: the same bytes, no render (the figures at most that old).
        fixture.Clock.Advance(freshFor / 2);
        using var within = await client.GetAsync("/dockercoins");

        // Past it: rendered again for this visitor with the latest sample, not served stale while a replacement renders.
        fixture.Clock.Advance(freshFor / 2);
        using var after = await client.GetAsync("/dockercoins");

        Assert.Equal("miss", StatusOf(first));
        Assert.Contains("data-total-hashes=\"1000\"", await first.Content.ReadAsStringAsync());
        Assert.Equal("hit", StatusOf(within));
        Assert.Equal(first.Headers.ETag, within.Headers.ETag);
        Assert.Equal("miss", StatusOf(after));
        Assert.NotEqual(first.Headers.ETag, after.Headers.ETag);
        Assert.Contains("data-total-hashes=\"1004\"", await after.Content.ReadAsStringAsync());
        // A browser keeps it only to ask again: "no-cache" with a validator, as a chapter.
        Assert.True(after.Headers.CacheControl?.NoCache);
        Assert.False(after.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_signed_in_reader_gets_the_dockercoins_page_rendered_for_them()
    {
        const string Email = "live-page-reader@example.org";
        await TestAccounts.CreateStudentAsync(fixture.Site.Services, Email);
        var cookie = await TestAccounts.SignInCookieAsync(fixture.Site.Services, Email);
        using var client = fixture.Site.CreateClient();
        await fixture.Feed.PublishAsync(DockerCoinsConnectionState.Connected, Point(SampledAt, 2_000));
        using var anonymous = await client.GetAsync("/dockercoins");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/dockercoins");
        request.Headers.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        using var signedIn = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.False(signedIn.Headers.Contains(PageCacheMiddleware.StatusHeader));
        Assert.True(signedIn.Headers.CacheControl?.NoStore);
        Assert.DoesNotContain("data-testid=\"sign-in-link\"", await signedIn.Content.ReadAsStringAsync());
        Assert.Contains("data-testid=\"sign-in-link\"", await anonymous.Content.ReadAsStringAsync());
    }

    private static string? StatusOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(PageCacheMiddleware.StatusHeader, out var values) ? values.Single() : null;

    private static HashRatePoint Point(DateTimeOffset at, long hashes) => new(at, hashes, 0, 4, 3.2, IsReset: false);
}
