using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Course.Web.Components.PageCache;

namespace Course.Tests.Site;

/// <summary>
/// What a browser downloads from the published site: every asset and page type compressed for <c>br</c> and
/// <c>gzip</c>, plain without <c>Accept-Encoding</c>, with <c>Vary</c>, validators and long-lived caching.
/// </summary>
public sealed partial class CompressedResponsesTests(PublishedSiteFixture site) : IClassFixture<PublishedSiteFixture>
{
    private const string ColorSchemeHeader = "Sec-CH-Prefers-Color-Scheme";

    public static TheoryData<string, string?> Encodings => new()
    {
        { "/chapitres/introduction", "br" }, { "/chapitres/introduction", "gzip" }, { "/chapitres/introduction", null },
        { "/", "br" }, { "/", "gzip" }, { "/", null },
        { "/dockercoins", "br" }, { "/dockercoins", "gzip" }, { "/dockercoins", null },
        { "/recherche?q=pod", "br" }, { "/recherche?q=pod", "gzip" }, { "/recherche?q=pod", null },
        { "/compte/connexion", "br" }, { "/compte/connexion", "gzip" }, { "/compte/connexion", null },
        { "/compte/inscription", "br" }, { "/compte/inscription", "gzip" }, { "/compte/inscription", null },
    };

    // The course pages and, for an anonymous visitor, the DockerCoins page (for a second: PageCache:LiveFreshFor) come
    // from the page cache. The others are rendered per request (a query, a visitor's antiforgery token) and sent
    // "no-store": no browser keeps them, so none could send If-None-Match, and they carry no validator.
    private static bool IsCached(string path) =>
        path == "/" || path == "/dockercoins" || path.StartsWith("/chapitres/", StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Each_page_type_answers_in_the_encoding_asked_for(string path, string? encoding)
    {
        using var response = await SendAsync(path, encoding);
        var body = Decode(await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentEncoding.SingleOrDefault());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding, response.Content.Headers.ContentEncoding.SingleOrDefault());
        if (encoding is not null || IsCached(path))
        {
            // Compressed per response, an uncached page says Vary only when it compressed.
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
        }

        // Every page is drawn in the theme the hint selects, so every page asks for it and varies by it.
        Assert.Contains(ColorSchemeHeader, response.Headers.Vary);
        Assert.Equal(ColorSchemeHeader, string.Join(",", response.Headers.GetValues("Accept-CH")));
        Assert.Contains("<html lang=\"fr\">", Encoding.UTF8.GetString(body));
        if (IsCached(path))
        {
            // Cached pages: one validator per encoding, each naming the rendered bytes, which every encoding decodes to
            // (by their tag: the DockerCoins page may be rendered again between two requests, a second apart).
            var tag = PageCompression.Tag(body);
            Assert.Equal(encoding is null ? $"\"{tag}\"" : $"W/\"{tag}-{encoding}\"", response.Headers.ETag?.ToString());
            Assert.True(response.Headers.CacheControl?.NoCache, $"{path}: Cache-Control {response.Headers.CacheControl}");
        }
        else
        {
            Assert.Null(response.Headers.ETag);
            Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control {response.Headers.CacheControl}");
        }
    }

    [Theory]
    [InlineData("/recherche?q=pod")]
    [InlineData("/compte/connexion")]
    public async Task A_page_compressed_per_response_is_as_small_as_a_cached_page_of_its_size(string path)
    {
        using var response = await SendAsync(path, "br");
        var sent = await response.Content.ReadAsByteArrayAsync();
        var quick = PageCompression.BrotliQuick(Decode(sent, "br"));

        // Brotli's quality 1 (the middleware's "Fastest") sends about 40 % more than the page cache's quality 4.
        Assert.True(sent.Length <= quick.Length * 1.1, $"{path}: {sent.Length} bytes sent, {quick.Length} at the page cache's quick quality");
    }

    [Fact]
    public async Task Every_stylesheet_and_script_of_a_chapter_is_compressed_and_cached_for_a_year()
    {
        var html = Encoding.UTF8.GetString(await GetAsync("/chapitres/introduction", null));
        var assets = AssetUrl().Matches(html).Select(m => m.Groups["url"].Value).Where(u => !u.StartsWith("http", StringComparison.Ordinal)).ToList();
        Assert.Contains(assets, url => url.Contains("MudBlazor.min.css", StringComparison.Ordinal));
        Assert.Contains(assets, url => url.Contains("MudBlazor.min.js", StringComparison.Ordinal));

        foreach (var url in assets)
        {
            foreach (var encoding in new[] { "br", "gzip" })
            {
                using var response = await SendAsync(url, encoding);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
                Assert.True(encoding == response.Content.Headers.ContentEncoding.SingleOrDefault(), $"{url} is not sent with {encoding}");
                Assert.Contains("Accept-Encoding", response.Headers.Vary);
                Assert.NotNull(response.Headers.ETag);
                Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(365), $"{url}: Cache-Control {response.Headers.CacheControl}");
            }

            using var plain = await SendAsync(url, null);
            Assert.Empty(plain.Content.Headers.ContentEncoding);
        }
    }

    [Theory]
    [InlineData("/chapitres/introduction", "br")]
    [InlineData("/chapitres/introduction", "gzip")]
    [InlineData("/chapitres/introduction", null)]
    [InlineData("/", "br")]
    [InlineData("/_framework/blazor.web.js", "br")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", "br")]
    public async Task A_matching_if_none_match_answers_304_without_a_body(string path, string? encoding)
    {
        using var first = await SendAsync(path, encoding);
        var etag = first.Headers.ETag!;

        using var request = Request(path, encoding);
        request.Headers.IfNoneMatch.Add(etag);
        using var again = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_cached_page_never_serves_one_themes_bytes_to_the_other()
    {
        await GetAsync("/chapitres/architecture-noeuds", "br", theme: "dark");
        using var light = await SendAsync("/chapitres/architecture-noeuds", "br");
        using var dark = await SendAsync("/chapitres/architecture-noeuds", "br", theme: "dark");

        Assert.Contains("data-theme=\"light\"", Encoding.UTF8.GetString(Decode(await light.Content.ReadAsByteArrayAsync(), "br")));
        Assert.Contains("data-theme=\"dark\"", Encoding.UTF8.GetString(Decode(await dark.Content.ReadAsByteArrayAsync(), "br")));
        Assert.NotEqual(light.Headers.ETag, dark.Headers.ETag);
        Assert.Contains("Cookie", light.Headers.Vary);
    }

    [Fact]
    public async Task Without_a_theme_cookie_the_system_preference_hint_picks_the_theme_and_the_cache_key()
    {
        const string path = "/chapitres/concepts-kubernetes";
        using var hintDark = await SendAsync(path, "br", hint: "\"dark\"");
        using var hintLight = await SendAsync(path, "br", hint: "\"light\"");
        using var noHint = await SendAsync(path, "br");
        using var cookieDark = await SendAsync(path, "br", theme: "dark");
        // The reader's own choice wins over the system's.
        using var cookieLight = await SendAsync(path, "br", theme: "light", hint: "\"dark\"");

        Assert.Equal("dark", await ThemeOfAsync(hintDark));
        Assert.Equal("light", await ThemeOfAsync(hintLight));
        Assert.Equal("light", await ThemeOfAsync(noHint));
        Assert.Equal("light", await ThemeOfAsync(cookieLight));
        // One cached page per theme, however the theme was decided.
        Assert.Equal(cookieDark.Headers.ETag, hintDark.Headers.ETag);
        Assert.Equal(noHint.Headers.ETag, hintLight.Headers.ETag);
        Assert.Equal(noHint.Headers.ETag, cookieLight.Headers.ETag);
        Assert.NotEqual(hintDark.Headers.ETag, hintLight.Headers.ETag);
        // Critical-CH would make every new visitor's first request go twice.
        Assert.False(hintDark.Headers.Contains("Critical-CH"));
    }

    [Fact]
    public async Task A_validator_of_one_theme_never_earns_a_304_for_the_other()
    {
        const string path = "/chapitres/introduction";
        using var dark = await SendAsync(path, "br", hint: "\"dark\"");

        using var request = Request(path, "br", hint: "\"light\"");
        request.Headers.IfNoneMatch.Add(dark.Headers.ETag!);
        using var light = await site.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, light.StatusCode);
        Assert.Equal("light", await ThemeOfAsync(light));
    }

    private static async Task<string> ThemeOfAsync(HttpResponseMessage response)
    {
        var html = Encoding.UTF8.GetString(Decode(await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentEncoding.SingleOrDefault()));
        return ThemeAttribute().Match(html) is { Success: true } match ? match.Groups["theme"].Value : "none";
    }

    private async Task<byte[]> GetAsync(string path, string? encoding, string? theme = null)
    {
        using var response = await SendAsync(path, encoding, theme);
        return Decode(await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentEncoding.SingleOrDefault());
    }

    private Task<HttpResponseMessage> SendAsync(string path, string? encoding, string? theme = null, string? hint = null) =>
        site.Client.SendAsync(Request(path, encoding, theme, hint));

    private static HttpRequestMessage Request(string path, string? encoding, string? theme = null, string? hint = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/').Length == 0 ? "/" : "/" + path.TrimStart('/'));
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        }

        if (theme is not null)
        {
            request.Headers.Add("Cookie", $"course-theme={theme}");
        }

        if (hint is not null)
        {
            request.Headers.Add(ColorSchemeHeader, hint);
        }

        return request;
    }

    private static byte[] Decode(byte[] bytes, string? encoding)
    {
        using Stream input = encoding switch
        {
            "br" => new BrotliStream(new MemoryStream(bytes), CompressionMode.Decompress),
            "gzip" => new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress),
            _ => new MemoryStream(bytes),
        };
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    [GeneratedRegex("data-theme=\"(?<theme>[a-z]+)\"")]
    private static partial Regex ThemeAttribute();

    [GeneratedRegex("<(?:link[^>]*rel=\"stylesheet\"[^>]*href|script[^>]*src)=\"(?<url>[^\"]+)\"")]
    private static partial Regex AssetUrl();
}
