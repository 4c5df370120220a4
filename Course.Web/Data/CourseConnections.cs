using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Course.Web.Data;

/// <summary>
/// Plain ADO.NET connections to the course database, with the connection string EF Core's contexts are given, so
/// both draw on one pool. For the reads that need no model and no query compiler, on the start path: the migrations
/// history, the roles (<see cref="DatabaseStartup"/>) and the key ring (<see cref="KeyTableReader"/>).
/// </summary>
internal sealed class CourseConnections(IServiceProvider services, IOptions<DatabaseOptions> options)
{
    private string? _connectionString;

    public DatabaseProvider Provider => options.Value.Provider;

    /// <summary>The connection string of every context and plain connection of the configured provider.</summary>
    public string ConnectionString => _connectionString ??= Provider == DatabaseProvider.Postgres
        ? PostgresPool.Bounded(options.Value.ConnectionString!)
        : new SqliteConnectionStringBuilder
        {
            DataSource = DataRegistration.SqliteFilePath(services),
            // Microsoft.Data.Sqlite retries a busy database until the command timeout: this is the busy timeout.
            DefaultTimeout = BusyTimeoutSeconds,
            Pooling = true,
        }.ToString();

    /// <summary>SQLite's busy timeout, which EF Core's commands take as their timeout too.</summary>
    public int BusyTimeoutSeconds => (int)Math.Ceiling(options.Value.SqliteBusyTimeout.TotalSeconds);

    public DbConnection Create() => Provider == DatabaseProvider.Postgres
        ? new NpgsqlConnection(ConnectionString)
        : new SqliteConnection(ConnectionString);
}
