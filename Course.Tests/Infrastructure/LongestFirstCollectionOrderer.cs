using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer(
    "Course.Tests.Infrastructure.LongestFirstCollectionOrderer", "Course.Tests")]

namespace Course.Tests.Infrastructure;

/// <summary>
/// Starts the longest serial collections first. On two cores xUnit runs two collections at a time in the order given
/// here; its default order is a hash of the names, which once left the ten-minute browser collection waiting almost
/// three minutes behind short classes, and the whole run waited for it at the end.
/// </summary>
public sealed class LongestFirstCollectionOrderer : ITestCollectionOrderer
{
    // Longest first: the browser collection (about 9 min) and the release gate (about 6 min) start together, one per
    // core, then the two-replica tests and the embedded miner's rate measurements (about a minute each, mostly waiting).
    private static readonly string[] _first =
        [BrowserCollection.Name, GateCollection.Name, Replicas.ReplicaCollection.Name, DockerCoins.EmbeddedMinerCollection.Name];

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(c => Array.IndexOf(_first, c.DisplayName) is var i && i >= 0 ? i : _first.Length)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
