using Course.Content.Loading;
using Course.Tests.Infrastructure;
using Course.Web.Components.Chapters;
using Microsoft.Extensions.Configuration;

namespace Course.Tests.Chapters;

/// <summary>
/// The chapters start loading as soon as the configuration is read (<see cref="CourseContentPreload"/>); the site must
/// still serve the folders its bound options name, and still report an invalid course with its file and line.
/// </summary>
public sealed class CourseContentPreloadTests : IDisposable
{
    private readonly string _first = Directory.CreateTempSubdirectory("course-preload-").FullName;
    private readonly string _second = Directory.CreateTempSubdirectory("course-preload-").FullName;

    [Fact]
    public void The_course_preloaded_from_the_configured_folder_is_the_one_served()
    {
        File.WriteAllText(Path.Combine(_first, "01-premier.md"), ChapterFile.Valid(slug: "premier", order: 1));
        var preload = CourseContentPreload.Start(Configuration(_first));

        var course = preload.Take(new ContentOptions { ChaptersPath = _first, GuidesPath = Guides(_first) });

        Assert.Equal(["premier"], course.Chapters.Select(c => c.Slug));
    }

    [Fact]
    public void Options_that_name_another_folder_are_served_and_not_the_early_read()
    {
        File.WriteAllText(Path.Combine(_first, "01-premier.md"), ChapterFile.Valid(slug: "premier", order: 1));
        File.WriteAllText(Path.Combine(_second, "01-second.md"), ChapterFile.Valid(slug: "second", order: 1));
        var preload = CourseContentPreload.Start(Configuration(_first));

        var course = preload.Take(new ContentOptions { ChaptersPath = _second, GuidesPath = Guides(_second) });

        Assert.Equal(["second"], course.Chapters.Select(c => c.Slug));
    }

    [Fact]
    public void An_invalid_course_loaded_ahead_is_reported_with_its_file_and_line()
    {
        File.WriteAllText(Path.Combine(_first, "01-sans-titre.md"), ChapterFile.Valid(slug: "sans-titre", order: 1, title: ""));
        var preload = CourseContentPreload.Start(Configuration(_first));

        var invalid = Assert.Throws<InvalidContentException>(() => preload.Take(new ContentOptions { ChaptersPath = _first, GuidesPath = Guides(_first) }));

        Assert.Contains("01-sans-titre.md:3: 'title' must be a non-empty text", invalid.Message);
    }

    public void Dispose()
    {
        Directory.Delete(_first, recursive: true);
        Directory.Delete(_second, recursive: true);
    }

    // An empty guides folder: the guides are no concern of these tests.
    private static string Guides(string folder) => Directory.CreateDirectory(Path.Combine(folder, "guides")).FullName;

    private static IConfiguration Configuration(string folder) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{ContentOptions.Section}:{nameof(ContentOptions.ChaptersPath)}"] = folder,
            [$"{ContentOptions.Section}:{nameof(ContentOptions.GuidesPath)}"] = Guides(folder),
        })
        .Build();
}
