namespace Course.Web.Components.DockerCoins;

/// <summary>Where the dashboard's numbers come from, as shown by the connection chip.</summary>
internal enum DockerCoinsConnectionState
{
    Connected,
    Reconnecting,
    NotConfigured,
    Embedded,

    /// <summary>Redis answers, but a DockerCoins key holds something that is not the worker's data.</summary>
    InvalidData,
}
