using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Course.Web.Components.DockerCoins.Probes;

/// <summary>
/// Typed client of a DockerCoins <c>hasher</c>: <c>POST /</c> with a known body must answer its SHA-256 in hex,
/// so a hasher that answers fast but wrong is caught too.
/// </summary>
internal sealed class HasherProbeClient(HttpClient http)
{
    private static readonly byte[] Body = Encoding.ASCII.GetBytes("sonde DockerCoins du site du cours");
    private static readonly string ExpectedDigest = Convert.ToHexStringLower(SHA256.HashData(Body));

    /// <summary>Null when the answer is right, else what is wrong with it (French).</summary>
    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var response = await http.PostAsync(string.Empty, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return ProbeAnswers.BadStatus(response);
        }

        var digest = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
        return string.Equals(digest, ExpectedDigest, StringComparison.OrdinalIgnoreCase)
            ? null
            : "réponse invalide : l’empreinte SHA-256 renvoyée est fausse";
    }
}
