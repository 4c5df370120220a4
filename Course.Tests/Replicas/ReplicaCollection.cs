using Course.Tests.Infrastructure;

namespace Course.Tests.Replicas;

/// <summary>A browser and a PostgreSQL cluster for the tests that run two app instances on one database.</summary>
[CollectionDefinition(Name)]
public sealed class ReplicaCollection : ICollectionFixture<ChromiumFixture>, ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "replicas";
}
