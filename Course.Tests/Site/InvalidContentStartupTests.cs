using Course.Content.Loading;
using Course.Tests.Infrastructure;
using Course.Web.Data;
using Microsoft.Data.Sqlite;

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
    public void Invalid_content_stops_the_start_before_any_migration_is_applied()
    {
        // The database starts beside the content (DatabaseStartup), but only the migrator writes the schema, after
        // the content check: a release with a broken chapter must not migrate a database its predecessor still uses.
        using var data = new TestDataDirectory();
        File.WriteAllText(Path.Combine(_directory, "01-sans-titre.md"), ChapterFile.Valid(slug: "sans-titre", order: 1, title: ""));
        using var site = new InMemorySiteFactory().With("Content:ChaptersPath", _directory).With("Database:DataDirectory", data.Path);

        var exception = Record.Exception(() => site.CreateClient());

        Assert.IsType<InvalidContentException>(Unwrap(exception));
        var file = Path.Combine(data.Path, DatabaseOptions.SqliteFileName);
        Assert.Empty(File.Exists(file) ? Tables(file) : []);
    }

    [Fact]
    public void The_site_refuses_to_start_when_the_chapters_folder_is_missing()
    {
        using var site = new InMemorySiteFactory().With("Content:ChaptersPath", Path.Combine(_directory, "absent"));

        var exception = Record.Exception(() => site.CreateClient());

        Assert.Contains("the chapters folder does not exist", Unwrap(exception)?.Message);
    }

    private static List<string> Tables(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
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
