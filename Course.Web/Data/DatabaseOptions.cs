namespace Course.Web.Data;

/// <summary>Settings of the course database (section "Database"; the PostgreSQL connection string is <c>ConnectionStrings:Course</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string ConnectionStringName = "Course";
    public const string SqliteFileName = "course.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Where the SQLite file lives, absolute or relative to the content root. The container image points it at a
    /// writable volume (the image's root filesystem is read-only).
    /// </summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>How long a SQLite command waits for another writer before failing (the busy timeout).</summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the first answer into an idle commit lane waits for others to share its commit (a class answering at
    /// once costs a few commits instead of a commit of one followed by one of the rest). Zero turns it off.
    /// </summary>
    public TimeSpan AnswerGatherDelay { get; set; } = TimeSpan.FromMilliseconds(2);

    /// <summary>Bound from <c>ConnectionStrings:Course</c>, not from this section.</summary>
    public string? ConnectionString { get; set; }
}
