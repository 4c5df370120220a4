using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
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

        WarmPostgresPool(builder.Configuration);

        // Both are registered; only the configured one is ever built.
        builder.Services.AddSingleton<CourseConnections>();
        builder.Services.AddDbContextFactory<SqliteCourseDbContext>((services, options) =>
        {
            var connections = services.GetRequiredService<CourseConnections>();
            options.UseSqlite(connections.ConnectionString, sqlite => sqlite.CommandTimeout(connections.BusyTimeoutSeconds));
        });
        builder.Services.AddDbContextFactory<PostgresCourseDbContext>((services, options) =>
            options.UseNpgsql(services.GetRequiredService<CourseConnections>().ConnectionString));
        builder.Services.AddSingleton<IDbContextFactory<CourseDbContext>>(services =>
            services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? new CourseDbContextFactory<PostgresCourseDbContext>(services)
                : new CourseDbContextFactory<SqliteCourseDbContext>(services));
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

    // Read as the options will be bound; an invalid value is left to their validation at start-up.
    private static void WarmPostgresPool(IConfiguration configuration)
    {
        if (Enum.TryParse<DatabaseProvider>(configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"], ignoreCase: true, out var provider)
            && provider == DatabaseProvider.Postgres
            && configuration.GetConnectionString(DatabaseOptions.ConnectionStringName) is { Length: > 0 } connectionString)
        {
            PostgresPool.Warm(connectionString);
        }
    }

    /// <summary>The SQLite file's full path under <see cref="DatabaseOptions.DataDirectory"/>.</summary>
    public static string SqliteFilePath(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var root = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
        return Path.Combine(Path.GetFullPath(options.DataDirectory, root), DatabaseOptions.SqliteFileName);
    }

    // EF Core's factory builds the context options when it is constructed; the feeds that take this one are constructed
    // when the host starts, on the start path, and make their first query after the first page (BackgroundStartGate).
    private sealed class CourseDbContextFactory<TContext>(IServiceProvider services) : IDbContextFactory<CourseDbContext>
        where TContext : CourseDbContext
    {
        private IDbContextFactory<TContext>? _inner;

        public CourseDbContext CreateDbContext() =>
            (_inner ??= services.GetRequiredService<IDbContextFactory<TContext>>()).CreateDbContext();
    }
}
