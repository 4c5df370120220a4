namespace Course.Web.Components.DockerCoins;

internal static class DockerCoinsConnectionStateExtensions
{
    /// <summary>Stable value of the <c>data-connection-state</c> test hook.</summary>
    public static string ToHookValue(this DockerCoinsConnectionState state) => state switch
    {
        DockerCoinsConnectionState.Connected => "connected",
        DockerCoinsConnectionState.Reconnecting => "reconnecting",
        DockerCoinsConnectionState.NotConfigured => "not-configured",
        DockerCoinsConnectionState.Embedded => "embedded",
        DockerCoinsConnectionState.InvalidData => "invalid-data",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>French label of the connection chip.</summary>
    public static string ToFrenchLabel(this DockerCoinsConnectionState state) => state switch
    {
        DockerCoinsConnectionState.Connected => "connecté",
        DockerCoinsConnectionState.Reconnecting => "reconnexion…",
        DockerCoinsConnectionState.NotConfigured => "non configuré",
        DockerCoinsConnectionState.Embedded => "mineur intégré",
        DockerCoinsConnectionState.InvalidData => "données invalides",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
