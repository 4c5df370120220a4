using Course.Content.Loading;
using Course.Content.Model;

namespace Course.Web.Components.Chapters;

/// <summary>
/// Starts loading the chapters on a pool thread as soon as the configuration is read, so that the load (Markdig, the
/// code highlighter, the quiz checks: the largest share of a cold start on the main thread) runs beside the host's
/// construction instead of after it (docs/benchmarks.md, "Session 16").
/// </summary>
/// <remarks>
/// The course is still resolved, and an invalid one still reported, where it was before (<see cref="CourseContentCheck"/>):
/// the singleton takes the preloaded course, or its <see cref="InvalidContentException"/>, only when the bound options
/// name the same folders; otherwise (settings added after the host's construction began) it loads them itself.
/// </remarks>
internal sealed class CourseContentPreload
{
    private readonly ContentOptions _folders;
    private readonly Task<CourseContent> _loading;

    private CourseContentPreload(ContentOptions folders)
    {
        _folders = folders;
        _loading = Task.Run(() => ChapterLoader.LoadDirectory(folders.ChaptersPath, folders.GuidesPath));
    }

    public static CourseContentPreload Start(IConfiguration configuration)
    {
        var folders = new ContentOptions();
        configuration.GetSection(ContentOptions.Section).Bind(folders);
        return new CourseContentPreload(folders);
    }

    /// <summary>The course as <paramref name="options"/> name it: the preloaded one when they name the same folders.</summary>
    public CourseContent Take(ContentOptions options)
    {
        if (options.ChaptersPath == _folders.ChaptersPath && options.GuidesPath == _folders.GuidesPath)
        {
            return _loading.GetAwaiter().GetResult();
        }

        // Observed, so that a failed load of folders nobody asked for is not reported as an unobserved exception.
        _ = _loading.ContinueWith(static loading => loading.Exception, TaskContinuationOptions.OnlyOnFaulted);
        return ChapterLoader.LoadDirectory(options.ChaptersPath, options.GuidesPath);
    }
}
