using Course.Content.Loading;
using Course.Tests.Infrastructure;

namespace Course.Tests.Site;

[Collection(StartupFailureCollection.Name)]
public sealed class InvalidContentStartupTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("course-content-").FullName;

    [Fact]
    public void The_site_refuses_to_start_on_invalid_content_and_names_the_file_and_line()
    {
        File.WriteAllText(Path.Combine(_directory, "01-bon.md"), ChapterFile.Valid(slug: "bon", order: 1));
        File.WriteAllText(Path.Combine(_directory, "02-sans-titre.md"), ChapterFile.Valid(slug: "sans-titre", order: 2, title: ""));
        using var site = new InMemorySiteFactory().With("Content:ChaptersPath", _directory);

        var exception = Record.Exception(() => site.CreateClient());

        var invalid = Assert.IsType<InvalidContentException>(Unwrap(exception));
        Assert.Contains("02-sans-titre.md:3: 'title' must be a non-empty text", invalid.Message);
    }

    [Fact]
    public void The_site_refuses_to_start_when_the_chapters_folder_is_missing()
    {
        using var site = new InMemorySiteFactory().With("Content:ChaptersPath", Path.Combine(_directory, "absent"));

        var exception = Record.Exception(() => site.CreateClient());

        Assert.Contains("the chapters folder does not exist", Unwrap(exception)?.Message);
    }

    private static Exception? Unwrap(Exception? exception)
    {
        while (exception is AggregateException { InnerException: not null } aggregate)
        {
            exception = aggregate.InnerException;
        }

        return exception;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
