using Course.Tests.Infrastructure;

namespace Course.Tests.Faults;

/// <summary>
/// The runtime fault tests: one Chromium and one site with a PostgreSQL cluster and a redis-server of its own, which
/// these tests stop and start (the shared clusters of the other collections are never disturbed). Serial: a fault
/// must not strike the test next door.
/// </summary>
[CollectionDefinition(Name)]
public sealed class FaultsCollection : ICollectionFixture<ChromiumFixture>, ICollectionFixture<FaultSite>
{
    public const string Name = "faults";
}
