namespace Course.Tests.Infrastructure;

/// <summary>Test classes in this collection share one PostgreSQL cluster (starting one costs a few seconds).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "postgres";
}
