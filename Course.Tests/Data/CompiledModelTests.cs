using Course.Web.Data;
using Course.Web.Data.CompiledModels.Postgres;
using Course.Web.Data.CompiledModels.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Course.Tests.Data;

/// <summary>
/// The site loads EF Core's compiled model of its provider instead of building the model at every start (cold start,
/// docs/architecture.md). A compiled model is a copy: after a model change it must be regenerated
/// (scripts/optimize-model.sh, which scripts/add-migration.sh runs), or the site would silently map the old model.
/// Each test compares the compiled model with the one <c>OnModelCreating</c> builds now: tables, columns and their
/// store types, keys, indexes, foreign keys, and per property its CLR type, converter, nullability and length. (EF
/// Core's own model differ needs design-time data a compiled model does not keep.) No database is opened.
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

    private static void AssertSameModel(DbContext context)
    {
        var current = Describe(context.GetService<IDesignTimeModel>().Model);
        var compiled = Describe(context.Model);

        Assert.True(
            current.SequenceEqual(compiled),
            "The compiled model is out of date: run scripts/optimize-model.sh (docs/data.md).\nOnly in the current model:\n  " +
            string.Join("\n  ", current.Except(compiled)) + "\nOnly in the compiled model:\n  " + string.Join("\n  ", compiled.Except(current)));
    }

    // One line per table, column, key, index and foreign key: what a migration would change, plus what no migration
    // sees (CLR types, converters). Read through the runtime API, which both kinds of model answer.
    private static List<string> Describe(IModel model) =>
    [
        .. model.GetEntityTypes().SelectMany(entity => (IEnumerable<string>)
        [
            $"{entity.Name} table {entity.GetTableName()}",
            .. entity.GetProperties().Select(p =>
                $"{entity.Name}.{p.Name} column {p.GetColumnName()} {p.GetRelationalTypeMapping().StoreType}, " +
                $"{p.ClrType.Name}, converter {p.GetValueConverter()?.GetType().Name}, nullable {p.IsNullable}, " +
                $"max length {p.GetMaxLength()}, generated {p.ValueGenerated}, concurrency {p.IsConcurrencyToken}"),
            .. entity.GetKeys().Select(k => $"{entity.Name} key {Names(k.Properties)} primary {k.IsPrimaryKey()}"),
            .. entity.GetIndexes().Select(i => $"{entity.Name} index {i.GetDatabaseName()} {Names(i.Properties)} unique {i.IsUnique}"),
            .. entity.GetForeignKeys().Select(f =>
                $"{entity.Name} foreign key {Names(f.Properties)} to {f.PrincipalEntityType.Name} {f.DeleteBehavior}"),
        ]).Order(StringComparer.Ordinal),
    ];

    private static string Names(IEnumerable<IProperty> properties) => string.Join(",", properties.Select(p => p.Name));
}
