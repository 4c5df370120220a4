using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Course.Web.Components.PageCache;

/// <summary>
/// Rendered pages by key, bounded in count and bytes. A stale page keeps being served, to every visitor, while one
/// render of its replacement runs in the background, but never past <see cref="MaxAge"/>: Blazor's component markers
/// in the page stop being accepted after 5 minutes, so older pages are evicted.
/// </summary>
internal sealed class PageCacheStore(IOptions<PageCacheOptions> options, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(4);

    private readonly ConcurrentDictionary<string, CachedPage> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _refreshing = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Task> _recompressing = new(StringComparer.Ordinal);

    // Stores are rare (one per page per FreshFor), lookups are not: only stores and evictions take the lock.
    private readonly Lock _writeGate = new();
    private long _bytes;

    /// <summary>Pages held now.</summary>
    public int Count => _pages.Count;

    /// <summary>Bytes held now, as counted against <see cref="PageCacheOptions.MaxBytes"/>.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public PageCacheLookup Lookup(string key, PageFreshness freshness)
    {
        if (!_pages.TryGetValue(key, out var page))
        {
            return new PageCacheLookup(null, ClaimRefresh(key));
        }

        var age = time.GetUtcNow() - page.RenderedAt;
        if (age < freshness.FreshFor)
        {
            return new PageCacheLookup(page, false);
        }

        // Stale: every visitor keeps getting the old copy while it is still usable, and the first one to claim the
        // key has its replacement rendered (in the background: StalePageRefresher). Past ServedFor (MaxAge for a
        // course page, FreshFor for a live one) the claimer renders in the foreground and the others render for
        // themselves.
        return new PageCacheLookup(age >= freshness.ServedFor ? null : page, ClaimRefresh(key));
    }

    public CachedPage? Store(string key, byte[] body, string contentType) => Store(key, body, contentType, []);

    /// <summary>
    /// Compresses and keeps a rendered page at the strongest settings; returns it, or null when it alone is larger than
    /// the byte cap. For renders nobody waits on (<see cref="StalePageRefresher"/>). Compression runs outside the lock:
    /// it is the costly part, and only this key's renderer does it. Brotli runs on a pool thread beside gzip and the tag.
    /// </summary>
    public CachedPage? Store(string key, byte[] body, string contentType, IReadOnlyList<KeyValuePair<string, StringValues>> headers)
    {
        var brotli = Task.Run(() => PageCompression.Brotli(body));
        var gzip = PageCompression.Gzip(body);
        var tag = PageCompression.Tag(body);
        return Keep(key, new CachedPage(body, brotli.GetAwaiter().GetResult(), gzip, tag, contentType, headers, time.GetUtcNow()));
    }

    /// <summary>
    /// Keeps a rendered page compressed quickly, for the visitor who waits on its render, then compresses it again at
    /// the strongest settings on a pool thread and swaps the copies, unless a newer render replaced the page meanwhile.
    /// The first chapter after a start waited ~0.14 s for Brotli 11 and gzip before its first byte (docs/benchmarks.md
    /// "Session 13: cold start"). Returns the quick page, or null when it alone is larger than the byte cap. A live page
    /// (<paramref name="recompress"/> false) keeps its quick copies: it is replaced within seconds, so Brotli 11 would
    /// cost ~0.1 s of a core per render for bytes hardly anyone receives.
    /// </summary>
    public CachedPage? StoreQuickly(
        string key, byte[] body, string contentType, IReadOnlyList<KeyValuePair<string, StringValues>> headers, bool recompress = true)
    {
        var quick = new CachedPage(
            body, PageCompression.BrotliQuick(body), PageCompression.GzipQuick(body), PageCompression.Tag(body),
            contentType, headers, time.GetUtcNow());
        if (Keep(key, quick) is null)
        {
            return null;
        }

        if (!recompress)
        {
            return quick;
        }

        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _recompressing[key] = done.Task;
        _ = Task.Run(() =>
        {
            try
            {
                Recompress(key, quick);
            }
            finally
            {
                _recompressing.TryRemove(KeyValuePair.Create(key, done.Task));
                done.SetResult();
            }
        });
        return quick;
    }

    // Kept for tests alone: a recompression that rightly changes nothing (a newer render came) shows no other sign of ending.
    /// <summary>Completes when the page last stored quickly under <paramref name="key"/> holds its best copies (or was replaced).</summary>
    public Task Recompression(string key) => _recompressing.TryGetValue(key, out var running) ? running : Task.CompletedTask;

    public void ReleaseRefresh(string key) => _refreshing.TryRemove(key, out _);

    private bool ClaimRefresh(string key) => _refreshing.TryAdd(key, 0);

    private CachedPage? Keep(string key, CachedPage page)
    {
        var limits = options.Value;
        if (page.Size > limits.MaxBytes)
        {
            return null;
        }

        lock (_writeGate)
        {
            if (_pages.TryGetValue(key, out var previous))
            {
                _bytes -= previous.Size;
            }

            _pages[key] = page;
            _bytes += page.Size;
            Evict(limits);
        }

        return page;
    }

    // The same render's bytes, so the same tag and age: only the compressed copies change.
    private void Recompress(string key, CachedPage quick)
    {
        var best = quick with
        {
            Brotli = PageCompression.Brotli(quick.Body),
            Gzip = PageCompression.Gzip(quick.Body),
        };
        lock (_writeGate)
        {
            if (_pages.TryGetValue(key, out var current) && ReferenceEquals(current, quick))
            {
                _pages[key] = best;
                _bytes += best.Size - quick.Size;
                Evict(options.Value);
            }
        }
    }

    // Under _writeGate: drops pages too old to serve, then the oldest until both caps hold.
    private void Evict(PageCacheOptions limits)
    {
        var tooOld = time.GetUtcNow() - MaxAge;
        foreach (var (key, page) in _pages)
        {
            if (page.RenderedAt <= tooOld)
            {
                Remove(key);
            }
        }

        while (_pages.Count > limits.MaxEntries || _bytes > limits.MaxBytes)
        {
            var oldest = _pages.MinBy(p => p.Value.RenderedAt).Key;
            Remove(oldest);
        }
    }

    private void Remove(string key)
    {
        if (_pages.TryRemove(key, out var removed))
        {
            _bytes -= removed.Size;
        }
    }
}
