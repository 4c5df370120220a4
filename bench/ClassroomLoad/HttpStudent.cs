using System.Net;
using System.Text.RegularExpressions;

namespace ClassroomLoad;

/// <summary>
/// A student as plain HTTP: signs up and signs in through the real static forms (antiforgery token and Blazor's
/// form handler field read from the page, as a browser posts them), then reads chapters and "Ma progression".
/// </summary>
internal sealed partial class HttpStudent
{
    public const string Password = "classe-2026";

    private readonly Uri site;
    private readonly string email;
    private readonly Timings timings;
    private CookieContainer _cookies = new();
    private HttpClient _client;

    public HttpStudent(Uri site, string email, Timings timings)
    {
        this.site = site;
        this.email = email;
        this.timings = timings;
        _client = NewClient(site, _cookies);
    }

    public string Email => email;

    public CookieCollection Cookies => _cookies.GetCookies(site);

    /// <summary>Sign-up (new account, signed in by its cookie), then a fresh sign-in with another cookie jar.</summary>
    public async Task<bool> JoinAsync(CancellationToken stop)
    {
        if (!await timings.TimeAsync("sign-up (GET form + POST)", () => PostFormAsync("/compte/inscription",
                new() { ["Input.Email"] = email, ["Input.Password"] = Password, ["Input.DisplayName"] = $"Élève {email[..email.IndexOf('@')]}" }, stop)))
        {
            return false;
        }

        Reset();
        return await timings.TimeAsync("sign-in (GET form + POST)", () => PostFormAsync("/compte/connexion",
            new() { ["Input.Email"] = email, ["Input.Password"] = Password }, stop));
    }

    /// <summary>GET of a page as a signed-in student; fails on any status but 200 or a page without its marker.</summary>
    public Task<bool> ReadAsync(Timings into, string operation, string path, string marker, CancellationToken stop) =>
        into.TimeAsync(operation, async () =>
        {
            using var response = await _client.GetAsync(path, stop);
            var html = await response.Content.ReadAsStringAsync(stop);
            if (response.StatusCode != HttpStatusCode.OK || !html.Contains(marker, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}, marker {(html.Contains(marker) ? "present" : "missing")}");
            }
        });

    private void Reset()
    {
        _client.Dispose();
        _cookies = new CookieContainer();
        _client = NewClient(site, _cookies);
    }

    private async Task PostFormAsync(string path, Dictionary<string, string> fields, CancellationToken stop)
    {
        var form = await _client.GetStringAsync(path, stop);
        foreach (Match hidden in HiddenInput().Matches(form))
        {
            var name = NameAttribute().Match(hidden.Value).Groups[1].Value;
            var value = ValueAttribute().Match(hidden.Value).Groups[1].Value;
            fields.TryAdd(WebUtility.HtmlDecode(name), WebUtility.HtmlDecode(value));
        }

        using var response = await _client.PostAsync(path, new FormUrlEncodedContent(fields), stop);
        // Success is a redirect with the Identity cookie; a refused form answers 200 with its French messages.
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found)
            || !_cookies.GetCookies(site).Any(c => c.Name.Contains("Identity", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode}, no sign-in cookie");
        }
    }

    private static HttpClient NewClient(Uri site, CookieContainer cookies)
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = site,
            Timeout = TimeSpan.FromSeconds(60),
        };
        return client;
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInput();

    [GeneratedRegex("name=\"([^\"]*)\"")]
    private static partial Regex NameAttribute();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
