using Microsoft.Data.Sqlite;

namespace Course.Tests.Infrastructure;

/// <summary>A temporary folder for a site's SQLite database, removed (with its pooled connections) on dispose.</summary>
public sealed class TestDataDirectory : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("course-data-");

    public string Path => _directory.FullName;

    public void Dispose()
    {
        // Pooled connections keep the file open; without this the folder cannot always be deleted.
        SqliteConnection.ClearAllPools();
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Another site of the same test may still hold it; the temp folder is cleaned by the OS.
        }
    }
}
