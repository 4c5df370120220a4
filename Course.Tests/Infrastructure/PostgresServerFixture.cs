using Npgsql;

namespace Course.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster from Debian's postgresql package: <c>initdb</c> into a temporary folder, started
/// with <c>pg_ctl</c> on a free 127.0.0.1 port (its unix socket in that folder too), removed at the end.
/// PostgreSQL refuses to run as root, so when the tests run as root (CI) the cluster belongs to the
/// <c>postgres</c> system user that the package creates, and its commands run through <c>runuser -u postgres</c>.
/// Share one cluster through <see cref="PostgresCollection"/> and give each test class its own database with
/// <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    public const string UserName = "course_test";
    private const string SystemUser = "postgres";
    private static readonly TimeSpan _commandTimeout = TimeSpan.FromSeconds(120);

    private readonly bool _runAsSystemUser = Environment.UserName == "root";
    private string? _binDirectory;
    private DirectoryInfo? _root;

    public int Port { get; private set; }

    /// <summary>
    /// Keep PostgreSQL's default <c>synchronous_commit=on</c>, for a cluster that <see cref="StopAsync"/> will stop while
    /// clients commit: every commit acknowledged then survives the stop, as in production.
    /// </summary>
    public bool SynchronousCommit { get; init; }

    /// <summary>Connection string to the cluster's <c>postgres</c> database, as superuser <see cref="UserName"/>.</summary>
    public string ConnectionString => BuildConnectionString("postgres");

    private string DataDirectory => Path.Combine(_root!.FullName, "data");

    private string SocketDirectory => Path.Combine(_root!.FullName, "socket");

    private string LogFile => Path.Combine(_root!.FullName, "postgres.log");

    // fsync off is safe while the machine stays up (written WAL survives a killed server); synchronous_commit off is not:
    // an immediate stop loses the commits of the last few hundred milliseconds, acknowledged or not.
    private string ServerOptions =>
        $"-p {Port} -k {SocketDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit={(SynchronousCommit ? "on" : "off")} -c full_page_writes=off";

    public async Task InitializeAsync()
    {
        _binDirectory = FindBinDirectory();
        _root = Directory.CreateTempSubdirectory("course-postgres-");
        Directory.CreateDirectory(SocketDirectory);
        if (_runAsSystemUser)
        {
            await ExternalCommand.RunAsync("chown", ["-R", $"{SystemUser}:{SystemUser}", _root.FullName], _commandTimeout);
        }

        await RunPostgresToolAsync("initdb",
            "-D", DataDirectory, "-U", UserName, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync");

        // A port picked now can be taken before the server binds it; try a few.
        for (var attempt = 1; ; attempt++)
        {
            Port = FreeTcpPort.Next();
            try
            {
                // Durability settings off: a test cluster is thrown away, and fsync is most of its write cost.
                await StartAsync();
                return;
            }
            catch (InvalidOperationException exception) when (attempt < 3)
            {
                Console.Error.WriteLine($"PostgreSQL did not start on port {Port}, retrying: {exception.Message}");
            }
            catch (InvalidOperationException exception)
            {
                var log = File.Exists(LogFile) ? await File.ReadAllTextAsync(LogFile) : "(no log)";
                throw new InvalidOperationException($"PostgreSQL did not start. Server log:\n{log}", exception);
            }
        }
    }

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"")}\"", connection);
        await command.ExecuteNonQueryAsync();
        return BuildConnectionString(name);
    }

    /// <summary>
    /// Stops the server at once (<c>pg_ctl stop -m immediate</c>: connections cut, no clean shutdown), as a crashed or
    /// evicted database pod would vanish. Only on a cluster of your own: every class sharing it loses its database.
    /// </summary>
    public Task StopAsync() => RunPostgresToolAsync("pg_ctl", "stop", "-w", "-m", "immediate", "-D", DataDirectory);

    /// <summary>Starts the server again on the same port and data, after <see cref="StopAsync"/> (crash recovery included).</summary>
    public Task StartAsync() => RunPostgresToolAsync("pg_ctl", "start", "-w", "-t", "60", "-D", DataDirectory, "-l", LogFile,
        "-o", ServerOptions);

    public async Task DisposeAsync()
    {
        if (_root is null)
        {
            return;
        }

        if (Directory.Exists(Path.Combine(DataDirectory, "base")))
        {
            try
            {
                await RunPostgresToolAsync("pg_ctl", "stop", "-w", "-m", "immediate", "-D", DataDirectory);
            }
            catch (InvalidOperationException)
            {
                // Not running (start failed); nothing to stop.
            }
        }

        NpgsqlConnection.ClearAllPools();
        _root.Delete(recursive: true);
    }

    private string BuildConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = UserName,
        Database = database,
        // Pools outliving the cluster would make later tests wait on dead sockets.
        Pooling = false,
    }.ConnectionString;

    private Task<string> RunPostgresToolAsync(string tool, params string[] arguments)
    {
        var executable = Path.Combine(_binDirectory!, tool);
        return _runAsSystemUser
            ? ExternalCommand.RunAsync("runuser", ["-u", SystemUser, "--", executable, .. arguments], _commandTimeout,
                workingDirectory: _root!.FullName)
            : ExternalCommand.RunAsync(executable, arguments, _commandTimeout, workingDirectory: _root!.FullName);
    }

    private static string FindBinDirectory()
    {
        const string install = "`apt-get install postgresql` (scripts/test.sh does it for you)";
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Where(directory => File.Exists(Path.Combine(directory, "bin", "initdb")))
                .OrderByDescending(directory => int.TryParse(Path.GetFileName(directory), out var version) ? version : 0)
                .ToList()
            : [];
        if (versions.Count == 0)
        {
            throw new InvalidOperationException($"No PostgreSQL server under /usr/lib/postgresql/*/bin: run {install}.");
        }

        return Path.Combine(versions[0], "bin");
    }
}
