using System.Text.Json;

namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>Typed client of a DockerCoins <c>webui</c>: <c>GET /json</c> must answer a JSON object with coins, hashes and now.</summary>
internal sealed class WebUiProbeClient(HttpClient http)
{
    private static readonly string[] Fields = ["coins", "hashes", "now"];

    /// <summary>Null when the answer is right, else what is wrong with it (French).</summary>
    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("json", cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return ProbeAnswers.BadStatus(response);
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return "réponse invalide : le JSON n’est pas un objet";
            }

            var missing = Fields.Where(f => !json.RootElement.TryGetProperty(f, out var v) || v.ValueKind != JsonValueKind.Number).ToList();
            return missing.Count == 0 ? null : $"réponse invalide : champ numérique absent ({string.Join(", ", missing)})";
        }
        catch (JsonException)
        {
            return "réponse invalide : ce n’est pas du JSON";
        }
    }
}
