using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Course.Tests.Infrastructure;
using Course.Web.Components.PageCache;

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

    [Fact]
    public async Task The_first_reader_gets_a_quick_compression_and_later_ones_the_best_under_a_validator_that_still_answers_304()
    {
        const string path = "/chapitres/deployer-dockercoins";
        using var client = site.CreateClient();

        using var first = await SendAsync(client, path, "br");
        var firstBytes = await first.Content.ReadAsByteArrayAsync();
        // The best copies replace the quick ones in the background: a later reader gets them once they are ready.
        using var later = await Eventually.ValueAsync(() => SendAsync(client, path, "br"),
            response => response.Content.Headers.ContentLength < firstBytes.Length, $"a smaller Brotli copy of {path}");
        var laterBytes = await later.Content.ReadAsByteArrayAsync();
        using var plain = await SendAsync(client, path, null);
        var page = await plain.Content.ReadAsByteArrayAsync();

        // Both copies are Brotli and decode to the page as rendered; the later one is the smaller, best-quality copy.
        Assert.Equal("miss", first.Headers.GetValues(PageCacheMiddleware.StatusHeader).Single());
        Assert.Equal("hit", later.Headers.GetValues(PageCacheMiddleware.StatusHeader).Single());
        Assert.Equal("br", first.Content.Headers.ContentEncoding.Single());
        Assert.Equal("br", later.Content.Headers.ContentEncoding.Single());
        Assert.Equal(page, Decode(firstBytes, "br"));
        Assert.Equal(page, Decode(laterBytes, "br"));
        Assert.True(laterBytes.Length < firstBytes.Length, $"best {laterBytes.Length} bytes, first {firstBytes.Length}");
        // One weak validator for both Brotli copies (same page decoded), another for gzip, a strong one for the page.
        Assert.Equal(first.Headers.ETag, later.Headers.ETag);
        Assert.True(later.Headers.ETag!.IsWeak);
        Assert.False(plain.Headers.ETag!.IsWeak);

        // A browser holding the first copy is told it is still good; never with another encoding's validator.
        using var revalidated = await SendAsync(client, path, "br", first.Headers.ETag);
        using var otherEncoding = await SendAsync(client, path, "gzip", first.Headers.ETag);
        using var plainWithBrotliTag = await SendAsync(client, path, null, first.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(first.Headers.ETag, revalidated.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, otherEncoding.StatusCode);
        Assert.Equal("gzip", otherEncoding.Content.Headers.ContentEncoding.Single());
        Assert.Equal(page, Decode(await otherEncoding.Content.ReadAsByteArrayAsync(), "gzip"));
        Assert.NotEqual(first.Headers.ETag, otherEncoding.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, plainWithBrotliTag.StatusCode);
        Assert.Equal(page, await plainWithBrotliTag.Content.ReadAsByteArrayAsync());
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, string path, string? encoding, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return await client.SendAsync(request);
    }

    private static byte[] Decode(byte[] bytes, string encoding)
    {
        using Stream input = encoding == "br"
            ? new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
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
