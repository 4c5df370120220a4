using System.ComponentModel.DataAnnotations;

namespace Course.Web.Components.PageCache;

/// <summary>Settings of the page cache (section "PageCache").</summary>
internal sealed class PageCacheOptions
{
    public const string Section = "PageCache";

    public bool Enabled { get; set; } = true;

    /// <summary>How long a rendered page is served before it is rendered again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:03:00",
        ErrorMessage = "PageCache:FreshFor must be between 1 second and 3 minutes (Blazor's prerendered component markers expire after 5 minutes).")]
    public TimeSpan FreshFor { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How long the anonymous copy of <c>/dockercoins</c> is served before it is rendered again; never older: its
    /// figures change every second (a sample a second), and the circuit brings the next ones.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:00:10",
        ErrorMessage = "PageCache:LiveFreshFor must be between 0.1 and 10 seconds (the DockerCoins page shows figures sampled every second).")]
    public TimeSpan LiveFreshFor { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Most pages kept at once. The course has (chapters + 1) × 2 themes × 2 kinds of reader (with or without a
    /// sign-in cookie) canonical pages; the cap only matters if something else ever reaches the store.
    /// </summary>
    [Range(1, 10_000, ErrorMessage = "PageCache:MaxEntries must be between 1 and 10000.")]
    public int MaxEntries { get; set; } = 200;

    /// <summary>Most bytes kept at once (bodies and headers); the oldest pages go first.</summary>
    [Range(64 * 1024, 1024L * 1024 * 1024, ErrorMessage = "PageCache:MaxBytes must be between 65536 and 1073741824.")]
    public long MaxBytes { get; set; } = 32L * 1024 * 1024;
}
