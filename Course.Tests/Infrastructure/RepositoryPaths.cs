namespace Course.Tests.Infrastructure;

/// <summary>Locates the repository from the test binaries, so tests can reach projects and write artifacts.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> _root = new(FindRoot);

    /// <summary>The folder that holds Course.sln.</summary>
    public static string Root => _root.Value;

    /// <summary>The Course.Web project folder.</summary>
    public static string WebProject => Path.Combine(Root, "Course.Web");

    /// <summary>
    /// Where tests leave files for people to look at (screenshots): TestResults/ at the root, the folder
    /// scripts/test.sh passes to dotnet test as its results directory.
    /// </summary>
    public static string TestResults => Path.Combine(Root, "TestResults");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Course.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Course.sln above {AppContext.BaseDirectory}.");
    }
}
