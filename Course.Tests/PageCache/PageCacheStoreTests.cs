using Course.Tests.Infrastructure;
using Course.Web.Components.PageCache;
using Microsoft.Extensions.Options;

namespace Course.Tests.PageCache;

public sealed class PageCacheStoreTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly PageCacheOptions _options = new() { FreshFor = TimeSpan.FromSeconds(60) };
    private readonly PageCacheStore _store;

    public PageCacheStoreTests() =>
        _store = new PageCacheStore(Options.Create(_options), _clock);

    [Fact]
    public void The_first_request_renders_and_concurrent_ones_pass_through()
    {
        var first = Lookup("/chapitres/a");
        var second = Lookup("/chapitres/a");

        Assert.Equal(new PageCacheLookup(null, true), first);
        Assert.Equal(new PageCacheLookup(null, false), second);
    }

    [Fact]
    public void A_fresh_page_is_served_from_bytes()
    {
        RenderOnce("/chapitres/a", "v1");

        _clock.Advance(TimeSpan.FromSeconds(59));
        var lookup = Lookup("/chapitres/a");

        Assert.False(lookup.RendersReplacement);
        Assert.Equal("v1"u8.ToArray(), lookup.Page!.Body);
    }

    [Fact]
    public void A_stale_page_is_served_to_everyone_while_one_request_has_it_rendered_again()
    {
        RenderOnce("/chapitres/a", "v1");
        _clock.Advance(TimeSpan.FromSeconds(61));

        var renderer = Lookup("/chapitres/a");
        var other = Lookup("/chapitres/a");

        // The claimer is served the old copy too: its replacement is rendered in the background.
        Assert.True(renderer.RendersReplacement);
        Assert.Equal("v1"u8.ToArray(), renderer.Page!.Body);
        Assert.False(other.RendersReplacement);
        Assert.Equal("v1"u8.ToArray(), other.Page!.Body);

        _store.Store("/chapitres/a", "v2"u8.ToArray(), "text/html");
        _store.ReleaseRefresh("/chapitres/a");
        Assert.Equal("v2"u8.ToArray(), Lookup("/chapitres/a").Page!.Body);
    }

    [Fact]
    public void A_page_past_the_marker_lifetime_is_rendered_again_by_the_request_that_finds_it()
    {
        RenderOnce("/chapitres/a", "v1");
        _clock.Advance(PageCacheStore.MaxAge);

        Assert.Equal(new PageCacheLookup(null, true), Lookup("/chapitres/a"));
        Assert.Equal(new PageCacheLookup(null, false), Lookup("/chapitres/a"));
    }

    [Fact]
    public void A_page_older_than_the_marker_lifetime_is_never_served()
    {
        RenderOnce("/chapitres/a", "v1");
        _clock.Advance(TimeSpan.FromSeconds(61));
        Assert.True(Lookup("/chapitres/a").RendersReplacement); // a render starts, and fails to finish

        _clock.Advance(PageCacheStore.MaxAge);
        var lookup = Lookup("/chapitres/a");

        Assert.Null(lookup.Page);
    }

    [Fact]
    public void Keys_are_independent()
    {
        RenderOnce("/chapitres/a|light", "clair");
        RenderOnce("/chapitres/a|dark", "sombre");

        Assert.Equal("clair"u8.ToArray(), Lookup("/chapitres/a|light").Page!.Body);
        Assert.Equal("sombre"u8.ToArray(), Lookup("/chapitres/a|dark").Page!.Body);
    }

    [Fact]
    public void Five_thousand_distinct_keys_stay_within_the_entry_and_byte_caps()
    {
        var options = new PageCacheOptions { MaxEntries = 50, MaxBytes = 64 * 1024 };
        var store = new PageCacheStore(Options.Create(options), _clock);

        for (var i = 0; i < 5_000; i++)
        {
            store.Store($"/chapitres/hostile-{i}|light", new byte[1_000 + (i % 7) * 500], "text/html");
            _clock.Advance(TimeSpan.FromMilliseconds(1));
            Assert.InRange(store.Count, 1, 50);
            Assert.InRange(store.Bytes, 1, 64 * 1024);
        }

        // The newest page is kept, the oldest went first.
        Assert.NotNull(store.Lookup("/chapitres/hostile-4999|light", PageFreshness.CoursePage(options)).Page);
        Assert.Null(store.Lookup("/chapitres/hostile-0|light", PageFreshness.CoursePage(options)).Page);
    }

    [Fact]
    public void Pages_too_old_to_serve_are_evicted()
    {
        RenderOnce("/chapitres/a|light", "ancienne");
        _clock.Advance(PageCacheStore.MaxAge);

        RenderOnce("/chapitres/b|light", "récente");

        Assert.Equal(1, _store.Count);
        Assert.Equal(Lookup("/chapitres/b|light").Page!.Size, _store.Bytes);
    }

    [Fact]
    public async Task A_page_stored_quickly_is_compressed_again_at_the_best_settings_under_the_same_validators()
    {
        var body = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 400).Select(i => $"<p class=\"para\">Paragraphe {i} du chapitre</p>\n")));
        Assert.True(Lookup("/chapitres/a").RendersReplacement);

        var quick = _store.StoreQuickly("/chapitres/a", body, "text/html", [])!;
        _store.ReleaseRefresh("/chapitres/a");
        var best = (await Eventually.ValueAsync(() => Lookup("/chapitres/a").Page, page => page is not null && !ReferenceEquals(page, quick),
            "the quick copies replaced by the best ones"))!;

        // The waiting visitor's copies decode to the page; the copies that replace them are the strongest settings' ones.
        Assert.Equal(body, Decode(quick.Brotli, "br"));
        Assert.Equal(body, Decode(quick.Gzip, "gzip"));
        Assert.Equal(PageCompression.Brotli(body), best.Brotli);
        Assert.Equal(PageCompression.Gzip(body), best.Gzip);
        Assert.Equal(body, Decode(best.Brotli, "br"));
        Assert.Equal(body, Decode(best.Gzip, "gzip"));
        Assert.NotEqual(quick.Brotli, best.Brotli);
        Assert.Equal(quick.RenderedAt, best.RenderedAt);
        // The compressed bytes changed: their validators are weak (same page once decoded), the page's own stays strong.
        Assert.Equal((quick.BrotliETag, quick.GzipETag, quick.BodyETag), (best.BrotliETag, best.GzipETag, best.BodyETag));
        Assert.StartsWith("W/", best.BrotliETag);
        Assert.StartsWith("W/", best.GzipETag);
        Assert.StartsWith("\"", best.BodyETag);
        Assert.Equal(best.Size, _store.Bytes);
    }

    [Fact]
    public async Task The_best_compression_of_an_older_render_never_replaces_a_newer_page()
    {
        // Large enough that Brotli 11 is still running when the newer render is stored (~0.1 s against microseconds).
        var key = "/chapitres/a";
        var older = new byte[200_000];
        new Random(16).NextBytes(older);
        _store.StoreQuickly(key, older, "text/html", []);
        var newer = _store.Store(key, "v2"u8.ToArray(), "text/html")!;
        await _store.Recompression(key);

        Assert.Same(newer, Lookup(key).Page);
        Assert.Equal(newer.Size, _store.Bytes);
    }

    private static byte[] Decode(byte[] bytes, string encoding)
    {
        using Stream input = encoding == "br"
            ? new System.IO.Compression.BrotliStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress)
            : new System.IO.Compression.GZipStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }

    // As the middleware asks for a course page.
    private PageCacheLookup Lookup(string key) => _store.Lookup(key, PageFreshness.CoursePage(_options));

    private void RenderOnce(string key, string body)
    {
        Assert.True(Lookup(key).RendersReplacement);
        _store.Store(key, System.Text.Encoding.UTF8.GetBytes(body), "text/html; charset=utf-8");
        _store.ReleaseRefresh(key);
    }
}
