namespace Course.Web.Components.DockerCoins;

/// <summary>One read of the DockerCoins keys: <c>GET hashes</c> and <c>HLEN wallet</c>; missing keys read as zero.</summary>
internal readonly record struct CounterReading(long Hashes, long Coins);
