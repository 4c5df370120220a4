using Course.Tests.Infrastructure;
using Course.Web.Components.PageCache;
using Microsoft.Extensions.Options;

namespace Course.Tests.PageCache;

public sealed class PageCacheStoreTests
{
    private readonly ManualTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly PageCacheStore _store;

    public PageCacheStoreTests() =>
        _store = new PageCacheStore(Options.Create(new PageCacheOptions { FreshFor = TimeSpan.FromSeconds(60) }), _clock);

    [Fact]
    public void The_first_request_renders_and_concurrent_ones_pass_through()
    {
        var first = _store.Lookup("/chapitres/a");
        var second = _store.Lookup("/chapitres/a");

        Assert.Equal(new PageCacheLookup(null, true), first);
        Assert.Equal(new PageCacheLookup(null, false), second);
    }

    [Fact]
    public void A_fresh_page_is_served_from_bytes()
    {
        RenderOnce("/chapitres/a", "v1");

        _clock.Advance(TimeSpan.FromSeconds(59));
        var lookup = _store.Lookup("/chapitres/a");

        Assert.False(lookup.RendersReplacement);
        Assert.Equal("v1"u8.ToArray(), lookup.Page!.Body);
    }

    [Fact]
    public void A_stale_page_is_served_to_everyone_while_one_request_has_it_rendered_again()
    {
        RenderOnce("/chapitres/a", "v1");
        _clock.Advance(TimeSpan.FromSeconds(61));

        var renderer = _store.Lookup("/chapitres/a");
        var other = _store.Lookup("/chapitres/a");

        // The claimer is served the old copy too: its replacement is rendered in the background.
        Assert.True(renderer.RendersReplacement);
        Assert.Equal("v1"u8.ToArray(), renderer.Page!.Body);
        Assert.False(other.RendersReplacement);
        Assert.Equal("v1"u8.ToArray(), other.Page!.Body);

        _store.Store("/chapitres/a", "v2"u8.ToArray(), "text/html");
        _store.ReleaseRefresh("/chapitres/a");
        Assert.Equal("v2"u8.ToArray(), _store.Lookup("/chapitres/a").Page!.Body);
    }

    [Fact]
    public void A_page_past_the_marker_lifetime_is_rendered_again_by_the_request_that_finds_it()
    {
        RenderOnce("/chapitres/a", "v1");
        _clock.Advance(PageCacheStore.MaxAge);

        Assert.Equal(new PageCacheLookup(null, true), _store.Lookup("/chapitres/a"));
        Assert.Equal(new PageCacheLookup(null, false), _store.Lookup("/chapitres/a"));
    }

    [Fact]
    public void A_page_older_than_the_marker_lifetime_is_never_served()
    {
        RenderOnce("/chapitres/a", "v1");
        _clock.Advance(TimeSpan.FromSeconds(61));
        Assert.True(_store.Lookup("/chapitres/a").RendersReplacement); // a render starts, and fails to finish

        _clock.Advance(PageCacheStore.MaxAge);
        var lookup = _store.Lookup("/chapitres/a");

        Assert.Null(lookup.Page);
    }

    [Fact]
    public void Keys_are_independent()
    {
        RenderOnce("/chapitres/a|light", "clair");
        RenderOnce("/chapitres/a|dark", "sombre");

        Assert.Equal("clair"u8.ToArray(), _store.Lookup("/chapitres/a|light").Page!.Body);
        Assert.Equal("sombre"u8.ToArray(), _store.Lookup("/chapitres/a|dark").Page!.Body);
    }

    [Fact]
    public void Five_thousand_distinct_keys_stay_within_the_entry_and_byte_caps()
    {
        var store = new PageCacheStore(
            Options.Create(new PageCacheOptions { MaxEntries = 50, MaxBytes = 64 * 1024 }), _clock);

        for (var i = 0; i < 5_000; i++)
        {
            store.Store($"/chapitres/hostile-{i}|light", new byte[1_000 + (i % 7) * 500], "text/html");
            _clock.Advance(TimeSpan.FromMilliseconds(1));
            Assert.InRange(store.Count, 1, 50);
            Assert.InRange(store.Bytes, 1, 64 * 1024);
        }

        // The newest page is kept, the oldest went first.
        Assert.NotNull(store.Lookup("/chapitres/hostile-4999|light").Page);
        Assert.Null(store.Lookup("/chapitres/hostile-0|light").Page);
    }

    [Fact]
    public void Pages_too_old_to_serve_are_evicted()
    {
        RenderOnce("/chapitres/a|light", "ancienne");
        _clock.Advance(PageCacheStore.MaxAge);

        RenderOnce("/chapitres/b|light", "récente");

        Assert.Equal(1, _store.Count);
        Assert.Equal(_store.Lookup("/chapitres/b|light").Page!.Size, _store.Bytes);
    }

    private void RenderOnce(string key, string body)
    {
        Assert.True(_store.Lookup(key).RendersReplacement);
        _store.Store(key, System.Text.Encoding.UTF8.GetBytes(body), "text/html; charset=utf-8");
        _store.ReleaseRefresh(key);
    }
}
