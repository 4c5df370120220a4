using Course.Web.Components.Cluster.Lab;

namespace Course.Web.Components.Cluster;

/// <summary>How fresh a lab's data is, for the indicator and the instructor's grid.</summary>
internal sealed record LabFreshness(string Kind, string Text)
{
    /// <summary>A reporter that missed three heartbeats (every 15 s) shows stale data.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(45);

    /// <summary>After two minutes without a heartbeat the reporter is considered gone.</summary>
    public static readonly TimeSpan DisconnectedAfter = TimeSpan.FromMinutes(2);

    public const string Live = "live";
    public const string Stale = "stale";
    public const string Disconnected = "disconnected";
    public const string Connecting = "connecting";
    public const string Simulated = "simulated";

    public bool IsLive => Kind is Live or Simulated;

    /// <summary>
    /// What a screen reader is told: the state alone, which changes a few times a session, never the seconds counter,
    /// which changes every second and would be read out every second.
    /// </summary>
    public string Announcement => Kind switch
    {
        Live => "Données du cluster à jour",
        Stale => "Données du cluster périmées",
        Disconnected => "Agent déconnecté",
        Simulated => "Cluster simulé, en direct",
        _ => Text,
    };

    public static LabFreshness Of(LabState state, DateTimeOffset now)
    {
        if (state.Origin == LabOrigin.Demonstration)
        {
            return new(Simulated, "Simulé, en direct");
        }

        if (state.LastContact is not { } contact)
        {
            return new(Connecting, state.Problem is null ? "Connexion au cluster…" : "Pas de données : voir le message ci-dessus");
        }

        var age = now - contact;
        if (state.Origin == LabOrigin.Reporter && age > DisconnectedAfter)
        {
            return new(Disconnected, $"Agent déconnecté : aucune nouvelle depuis {LabTimes.Seconds(age)}");
        }

        if (state.Origin == LabOrigin.Reporter && age > StaleAfter)
        {
            return new(Stale, $"Données périmées depuis {LabTimes.Seconds(age - StaleAfter + TimeSpan.FromSeconds(15))}");
        }

        return state.Problem is null
            ? new(Live, state.Origin == LabOrigin.Reporter ? $"À jour (dernier signe de l’agent il y a {LabTimes.Seconds(age)})" : "En direct")
            : new(Stale, "Reconnexion au cluster… (dernier état connu affiché)");
    }
}
