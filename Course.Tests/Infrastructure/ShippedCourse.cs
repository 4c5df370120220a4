using Course.Content.Loading;
using Course.Content.Model;

namespace Course.Tests.Infrastructure;

/// <summary>The chapters the site ships, loaded once for all tests.</summary>
public static class ShippedCourse
{
    private static readonly Lazy<CourseContent> Course = new(
        () => ChapterLoader.LoadDirectory(ChapterLoader.DefaultDirectory, ChapterLoader.DefaultGuidesDirectory));

    public static CourseContent Content => Course.Value;

    public static string ChaptersDirectory => ChapterLoader.DefaultDirectory;

    public static string GuidesDirectory => ChapterLoader.DefaultGuidesDirectory;
}
