using System.Net;
using System.Text.RegularExpressions;
using Course.Tests.Infrastructure;
using Course.Web.Components.Account;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Course.Tests.Account;

/// <summary>
/// Goes through the account pages as a browser without JavaScript would: GET the page, read the form's hidden fields
/// (antiforgery token, Blazor's form name), POST it with the typed values. Cookies are kept between requests.
/// </summary>
internal static partial class AccountForms
{
    public const string IdentityCookie = ".AspNetCore.Identity.Application";

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each 302 and its cookies.</summary>
    public static HttpClient Client<TFactory>(TFactory site)
        where TFactory : WebApplicationFactory<Program> =>
        site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>GETs <paramref name="pageUrl"/>, fills the form named <paramref name="formName"/> and posts it.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client, string pageUrl, string formName, IReadOnlyDictionary<string, string> fields)
    {
        var page = await client.GetAsync(pageUrl);
        Assert.True(page.IsSuccessStatusCode, $"GET {pageUrl} answered {(int)page.StatusCode}.");
        var html = await page.Content.ReadAsStringAsync();
        var (action, hidden) = FindForm(html, formName);
        var values = new Dictionary<string, string>(hidden);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return await client.PostAsync(action ?? pageUrl, new FormUrlEncodedContent(values));
    }

    public static Task<HttpResponseMessage> SignUpAsync(HttpClient client, string email, string password, string? displayName = null, string? retour = null) =>
        SubmitAsync(client, ReturnUrl.Append(AccountPaths.SignUp, retour), "inscription", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.DisplayName"] = displayName ?? "",
        });

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string? retourQuery = null) =>
        SubmitAsync(client, AccountPaths.SignIn + (retourQuery ?? ""), "connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>Submits the sign-out form of the app bar's account menu, as shown on <paramref name="pageUrl"/>.</summary>
    public static Task<HttpResponseMessage> SignOutAsync(HttpClient client, string pageUrl = "/compte/donnees-personnelles") =>
        SubmitAsync(client, pageUrl, formName: "", new Dictionary<string, string>());

    /// <summary>The hidden fields and action of the form whose Blazor handler is <paramref name="formName"/>; "" for the sign-out form.</summary>
    public static (string? Action, Dictionary<string, string> Hidden) FindForm(string html, string formName)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            var inputs = InputPattern().Matches(form.Value).Select(m => m.Value).ToList();
            var hidden = inputs
                .Where(input => Attribute(input, "type") == "hidden" && Attribute(input, "name") is not null)
                .ToDictionary(input => Attribute(input, "name")!, input => Attribute(input, "value") ?? "");
            var action = Attribute(form.Groups["open"].Value, "action");
            var isSignOut = formName.Length == 0 && action == AccountPaths.SignOut;
            if (isSignOut || (formName.Length > 0 && hidden.GetValueOrDefault("_handler") == formName))
            {
                return (action, hidden);
            }
        }

        throw new InvalidOperationException($"No form '{formName}' on the page:\n{html}");
    }

    public static bool SetsIdentityCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith(IdentityCookie + "=", StringComparison.Ordinal) && !c.StartsWith(IdentityCookie + "=;", StringComparison.Ordinal));

    public static bool ClearsIdentityCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith(IdentityCookie + "=;", StringComparison.Ordinal) && c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));

    /// <summary>The redirect's target, as a local path when it points at the test server itself (Blazor writes absolute URLs).</summary>
    public static string Location(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException($"No Location on a {(int)response.StatusCode} answer.");
        return location.IsAbsoluteUri && location.Host == "localhost" && location.Port == 80 ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>A client of the in-memory site that sends <paramref name="email"/>'s sign-in cookie (minted, not typed).</summary>
    public static async Task<HttpClient> SignedInClientAsync<TFactory>(TFactory site, string email)
        where TFactory : WebApplicationFactory<Program>
    {
        var cookie = await TestAccounts.SignInCookieAsync(site.Services, email);
        var client = Client(site);
        client.DefaultRequestHeaders.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        return client;
    }

    public static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The text of the field error shown under the input named <paramref name="name"/>, or null.</summary>
    public static string? FieldError(string html, string name)
    {
        var match = Regex.Match(html, $"data-field-error=\"{Regex.Escape(name)}\">([^<]*)<");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    /// <summary>The name the app bar's account menu shows, or null for an anonymous page.</summary>
    public static string? AccountName(string html)
    {
        var match = Regex.Match(html, "data-testid=\"account-name\"[^>]*>([^<]*)<");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("(?<open><form[^>]*>).*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input[^>]*>", RegexOptions.Singleline)]
    private static partial Regex InputPattern();
}
