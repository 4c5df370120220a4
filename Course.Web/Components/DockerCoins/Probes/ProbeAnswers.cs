using System.Globalization;

namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>French descriptions of HTTP failures shared by the probe clients.</summary>
internal static class ProbeAnswers
{
    public static string BadStatus(HttpResponseMessage response) =>
        $"erreur HTTP {((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)}";
}
