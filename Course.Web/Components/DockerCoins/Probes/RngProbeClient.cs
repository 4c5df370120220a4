namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>Typed client of a DockerCoins <c>rng</c>: <c>GET /32</c> must answer exactly 32 bytes.</summary>
internal sealed class RngProbeClient(HttpClient http)
{
    public const int ByteCount = 32;

    /// <summary>Null when the answer is right, else what is wrong with it (French).</summary>
    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(ByteCount.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return ProbeAnswers.BadStatus(response);
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return bytes.Length == ByteCount ? null : $"réponse invalide : {bytes.Length} octets au lieu de {ByteCount}";
    }
}
