namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>The DockerCoins services the site probes; the hook values are their workshop service names.</summary>
internal enum DockerCoinsService
{
    Rng,
    Hasher,
    WebUi,
}
