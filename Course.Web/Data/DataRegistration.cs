using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Course.Web.Data;

/// <summary>
/// Registers the course database (SQLite by default, PostgreSQL by configuration), migrates it at start-up, and keeps
/// the data-protection key ring in it so cookies and protected browser storage survive restarts and are shared by
/// every replica on the same database.
/// </summary>
internal static class DataRegistration
{
    public const string ApplicationName = "course-kubernetes-fr";

    public static IHostApplicationBuilder AddCourseData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();

        // Both are registered; only the configured one is ever built.
        builder.Services.AddDbContextFactory<SqliteCourseDbContext>((services, options) =>
            options.UseSqlite(SqliteConnectionString(services), sqlite => sqlite.CommandTimeout(BusyTimeoutSeconds(services))));
        builder.Services.AddDbContextFactory<PostgresCourseDbContext>((services, options) =>
            options.UseNpgsql(PostgresPool.Bounded(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString!)));
        builder.Services.AddSingleton<IDbContextFactory<CourseDbContext>>(services =>
            services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? new CourseDbContextFactory<PostgresCourseDbContext>(services.GetRequiredService<IDbContextFactory<PostgresCourseDbContext>>())
                : new CourseDbContextFactory<SqliteCourseDbContext>(services.GetRequiredService<IDbContextFactory<SqliteCourseDbContext>>()));
        // For Identity's stores and the key ring, which resolve a context per scope.
        builder.Services.AddScoped(services => services.GetRequiredService<IDbContextFactory<CourseDbContext>>().CreateDbContext());

        builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<CourseDbContext>();
        // The keys are read with one plain SELECT instead of EF Core's compiled query (KeyTableReader).
        builder.Services.AddSingleton<IPostConfigureOptions<KeyManagementOptions>>(services =>
            new PostConfigureOptions<KeyManagementOptions>(Options.DefaultName, options =>
                options.XmlRepository = new KeyTableReader(options.XmlRepository!, services)));

        // First of all hosted services: data protection's own hosted service reads the key ring from the database
        // at start-up, and the tables must exist by then.
        builder.Services.AddSingleton<DatabaseStartup>();
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseMigrator>());
        return builder;
    }

    /// <summary>
    /// Starts the database's share of the start-up on a pool thread (<see cref="DatabaseStartup"/>), beside the
    /// content loading; the hosted migrator waits for it before anything listens.
    /// </summary>
    public static void StartDatabase(this WebApplication app) => _ = app.Services.GetRequiredService<DatabaseStartup>().RunAsync();

    /// <summary>The SQLite file's full path under <see cref="DatabaseOptions.DataDirectory"/>.</summary>
    public static string SqliteFilePath(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var root = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        return Path.Combine(Path.GetFullPath(options.DataDirectory, root), DatabaseOptions.SqliteFileName);
    }

    private static string SqliteConnectionString(IServiceProvider services) => new SqliteConnectionStringBuilder
    {
        DataSource = SqliteFilePath(services),
        // Microsoft.Data.Sqlite retries a busy database until the command timeout: this is the busy timeout.
        DefaultTimeout = BusyTimeoutSeconds(services),
        Pooling = true,
    }.ToString();

    private static int BusyTimeoutSeconds(IServiceProvider services) =>
        (int)Math.Ceiling(services.GetRequiredService<IOptions<DatabaseOptions>>().Value.SqliteBusyTimeout.TotalSeconds);

    private sealed class CourseDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<CourseDbContext>
        where TContext : CourseDbContext
    {
        public CourseDbContext CreateDbContext() => inner.CreateDbContext();
    }
}
