using System.Net;
using Course.Tests.Infrastructure;

namespace Course.Tests.PageCache;

public sealed class PageCacheMiddlewareTests(InMemorySiteFactory site) : IClassFixture<InMemorySiteFactory>
{
    [Fact]
    public async Task A_chapter_is_rendered_once_then_served_from_the_same_bytes()
    {
        using var client = site.CreateClient();

        using var first = await client.GetAsync("/chapitres/architecture-maitre");
        using var second = await client.GetAsync("/chapitres/architecture-maitre");

        Assert.Equal("miss", first.Headers.GetValues("X-Page-Cache").Single());
        Assert.Equal("hit", second.Headers.GetValues("X-Page-Cache").Single());
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal("text/html; charset=utf-8", second.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task A_cached_page_never_hands_one_visitor_another_visitors_cookie()
    {
        using var client = site.CreateClient();
        await client.GetAsync("/chapitres/concepts-kubernetes");

        using var hit = await client.GetAsync("/chapitres/concepts-kubernetes");

        Assert.Equal("hit", hit.Headers.GetValues("X-Page-Cache").Single());
        Assert.False(hit.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Dark_mode_readers_get_their_own_copy()
    {
        using var client = site.CreateClient();
        await GetAsync(client, "/chapitres/introduction", theme: null);

        var light = await GetAsync(client, "/chapitres/introduction", theme: null);
        var dark = await GetAsync(client, "/chapitres/introduction", theme: "dark");

        Assert.Contains("data-theme=\"light\"", light);
        Assert.Contains("data-theme=\"dark\"", dark);
    }

    [Fact]
    public async Task Api_clients_and_not_found_pages_bypass_the_cache()
    {
        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/chapitres/architecture-introduction");
        request.Headers.Add("Authorization", "Bearer abc");

        using var signedIn = await client.SendAsync(request);
        using var missing1 = await client.GetAsync("/chapitres/absent");
        using var missing2 = await client.GetAsync("/chapitres/absent");

        Assert.False(signedIn.Headers.Contains("X-Page-Cache"));
        Assert.Equal(HttpStatusCode.NotFound, missing2.StatusCode);
        Assert.Equal("miss", missing2.Headers.GetValues("X-Page-Cache").Single());
    }

    private static async Task<string> GetAsync(HttpClient client, string path, string? theme)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (theme is not null)
        {
            request.Headers.Add("Cookie", $"course-theme={theme}");
        }

        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }
}
