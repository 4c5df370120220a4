using Course.Web.Data;
using Course.Web.Data.CompiledModels.Postgres;
using Course.Web.Data.CompiledModels.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Course.Tests.Data;

/// <summary>
/// The site loads EF Core's compiled model of its provider instead of building the model at every start (cold start,
/// docs/architecture.md). A compiled model is a copy: after a model change it must be regenerated
/// (scripts/optimize-model.sh, which scripts/add-migration.sh runs), or the site would silently map the old model.
/// Each test compares the compiled model with the one <c>OnModelCreating</c> builds now: tables, columns, keys and
/// indexes, and per property its CLR type, converter, nullability and length. No database is opened.
/// </summary>
public sealed class CompiledModelTests
{
    [Fact]
    public void The_SQLite_compiled_model_is_the_current_model()
    {
        using var context = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.IsType<SqliteCourseDbContextModel>(context.Model);
        AssertSameModel(context);
    }

    [Fact]
    public void The_PostgreSQL_compiled_model_is_the_current_model()
    {
        using var context = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.IsType<PostgresCourseDbContextModel>(context.Model);
        AssertSameModel(context);
    }

    private const string Advice = "The compiled model is out of date: run scripts/optimize-model.sh (docs/data.md).";

    private static void AssertSameModel(DbContext context)
    {
        var compiled = context.Model;
        var current = context.GetService<IDesignTimeModel>().Model;

        Assert.False(
            context.GetService<IMigrationsModelDiffer>().HasDifferences(compiled.GetRelationalModel(), current.GetRelationalModel()),
            Advice);
        Assert.Equal(Describe(current), Describe(compiled));
    }

    // One line per property, with what the relational comparison does not see (converters, CLR types).
    private static List<string> Describe(IModel model) =>
    [
        .. model.GetEntityTypes()
            .SelectMany(entity => entity.GetProperties().Select(property =>
                $"{entity.Name}.{property.Name}: {property.ClrType.Name}, converter {property.GetValueConverter()?.GetType().Name}, " +
                $"nullable {property.IsNullable}, max length {property.GetMaxLength()}, generated {property.ValueGenerated}, " +
                $"concurrency {property.IsConcurrencyToken}"))
            .Order(StringComparer.Ordinal),
    ];
}
