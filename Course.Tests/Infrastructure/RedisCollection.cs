namespace Course.Tests.Infrastructure;

/// <summary>
/// Test classes in this collection share one redis-server and run one after another: some stop and restart
/// it, others count the commands it served.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis";
}
