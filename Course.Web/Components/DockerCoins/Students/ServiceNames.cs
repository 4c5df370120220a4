using Course.Web.Components.DockerCoins.Probes;

namespace Course.Web.Components.DockerCoins.Students;

/// <summary>The DockerCoins services by their workshop names, as the reporter's payload carries them.</summary>
internal static class ServiceNames
{
    public static bool TryParse(string? name, out DockerCoinsService service)
    {
        foreach (var candidate in Enum.GetValues<DockerCoinsService>())
        {
            if (candidate.Name() == name)
            {
                service = candidate;
                return true;
            }
        }

        service = default;
        return false;
    }
}
