namespace Course.Web.Components.DockerCoins;

/// <summary>
/// A DockerCoins key holds something the real worker never writes (text, a number too large, a negative count,
/// another Redis type). Redis answered: this is not an outage, and the value must not be read as a count.
/// </summary>
internal sealed class InvalidCoinDataException(string key, string reason)
    : Exception($"DockerCoins key '{key}' holds invalid data: {reason}")
{
    /// <summary>The Redis key at fault, shown to students.</summary>
    public string Key { get; } = key;
}
