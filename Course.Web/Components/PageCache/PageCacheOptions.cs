using System.ComponentModel.DataAnnotations;

namespace Course.Web.Components.PageCache;

/// <summary>Settings of the anonymous page cache (section "PageCache").</summary>
internal sealed class PageCacheOptions
{
    public const string Section = "PageCache";

    public bool Enabled { get; set; } = true;

    /// <summary>How long a rendered page is served before it is rendered again.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:03:00",
        ErrorMessage = "PageCache:FreshFor must be between 1 second and 3 minutes (Blazor's prerendered component markers expire after 5 minutes).")]
    public TimeSpan FreshFor { get; set; } = TimeSpan.FromSeconds(60);
}
