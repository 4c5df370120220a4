using System.Net;
using System.Text;
using Course.Tests.Infrastructure;
using Course.Web.Components.Instructor.Cohorts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Instructor;

/// <summary>
/// Anonymous / student / another instructor / the owner × every page, endpoint and export of the site → the status of
/// the first HTTP GET (redirects not followed), and nobody but the owner sees the owner's cohort. A new page or endpoint
/// is one line in <see cref="Matrix"/>; <see cref="Every_page_and_endpoint_of_the_site_is_in_the_matrix"/> fails until
/// it is there. Circuit handlers are covered by <see cref="CohortRefusalTests"/> and the bUnit tests.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.Site fixture) : IClassFixture<AuthorizationMatrixTests.Site>
{
    private const string Ok = "200";
    private const string NotFound = "404";
    private const string Forbidden = "403";
    private const string SignIn = "302 /compte/connexion?retour=";
    private const string Denied = "302 /compte/acces-refuse?retour=";
    private const string Home = "302 /";
    private static readonly string[] Visitors = ["anonymous", "student", "other", "owner"];

    private const string CohortName = "Matrice-7f3a";

    private readonly InMemorySiteFactory _site = fixture.Factory;
    private readonly int _cohortId = fixture.CohortId;

    // Route templates whose sample address in the matrix differs from the template itself.
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["/chapitres/{Slug}"] = "/chapitres/introduction",
        ["/formateur/cohortes/{Id:int}"] = "/formateur/cohortes/{id}",
        ["/formateur/cohortes/{id:int}/export/tableau.csv"] = "/formateur/cohortes/{id}/export/tableau.csv",
        ["/formateur/cohortes/{id:int}/export/reponses.csv"] = "/formateur/cohortes/{id}/export/reponses.csv",
        ["/labo/agent.yaml"] = "/labo/agent.yaml?jeton=inconnu",
    };

    // page or endpoint: what anonymous, a student, another instructor and the cohort's owner get.
    private static readonly (string Path, string Anonymous, string Student, string Other, string Owner)[] Rows =
    [
        ("/", Ok, Ok, Ok, Ok),
        ("/chapitres/introduction", Ok, Ok, Ok, Ok),
        ("/chapitres/pas-de-chapitre", NotFound, NotFound, NotFound, NotFound),
        ("/recherche", Ok, Ok, Ok, Ok),
        ("/dockercoins", Ok, Ok, Ok, Ok),
        ("/cluster", Ok, Ok, Ok, Ok),
        ("/guide-formateur", Ok, Ok, Ok, Ok),
        ("/not-found", NotFound, NotFound, NotFound, NotFound),
        ("/Error", "500", "500", "500", "500"),
        ("/rejoindre", Ok, Ok, Ok, Ok),
        ("/progression", SignIn, Ok, Ok, Ok),
        ("/compte/connexion", Ok, Home, Home, Home),
        ("/compte/inscription", Ok, Home, Home, Home),
        ("/compte/acces-refuse", Forbidden, Forbidden, Forbidden, Forbidden),
        ("/compte/nouveau-mot-de-passe", Ok, Ok, Ok, Ok),
        ("/compte/donnees-personnelles", Ok, Ok, Ok, Ok),
        ("/compte/donnees-personnelles/export", SignIn, Ok, Ok, Ok),
        // The sign-out form's antiforgery field, for whoever asks (bound to their own identity).
        ("/compte/jeton", Ok, Ok, Ok, Ok),
        ("/formateur", SignIn, Denied, Ok, Ok),
        ("/formateur/formateurs", SignIn, Denied, Ok, Ok),
        ("/formateur/labos", SignIn, Denied, Ok, Ok),
        ("/formateur/cohortes/{id}", SignIn, Denied, NotFound, Ok),
        ("/formateur/cohortes/999999", SignIn, Denied, NotFound, NotFound),
        ("/formateur/cohortes/{id}/export/tableau.csv", SignIn, Forbidden, NotFound, Ok),
        ("/formateur/cohortes/{id}/export/reponses.csv", SignIn, Forbidden, NotFound, Ok),
        ("/formateur/cohortes/999999/export/reponses.csv", SignIn, Forbidden, NotFound, NotFound),
        ("/labo/agent.yaml?jeton=inconnu", NotFound, NotFound, NotFound, NotFound),
        ("/healthz", Ok, Ok, Ok, Ok),
        ("/readyz", Ok, Ok, Ok, Ok),
    ];

    public static TheoryData<string, string, string> Matrix
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var row in Rows)
            {
                string[] expected = [row.Anonymous, row.Student, row.Other, row.Owner];
                for (var i = 0; i < Visitors.Length; i++)
                {
                    data.Add(row.Path, Visitors[i], expected[i]);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_visitor_gets_the_expected_answer(string path, string who, string expected)
    {
        using var client = await ClientAsync(who);
        var url = path.Replace("{id}", _cohortId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var response = await client.GetAsync(url);

        var status = expected.Split(' ')[0];
        var redirect = expected.Length > 4 ? expected[4..] : null;
        Assert.Equal(status, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (redirect is not null)
        {
            var location = response.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal);
            Assert.StartsWith(redirect, location, StringComparison.Ordinal);
            if (redirect.Contains("retour=", StringComparison.Ordinal))
            {
                Assert.Contains(Uri.EscapeDataString(url), location, StringComparison.OrdinalIgnoreCase);
            }
        }

        var body = await response.Content.ReadAsStringAsync();
        // Nobody but the owner ever sees the owner's cohort, on any page, export or error; the owner sees it on its page.
        if (who != "owner")
        {
            Assert.DoesNotContain(CohortName, body, StringComparison.Ordinal);
        }
        else if (path == "/formateur/cohortes/{id}" || path == "/formateur")
        {
            Assert.Contains(CohortName, body, StringComparison.Ordinal);
        }

        // An error page is French and shows no stack trace.
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        if (status == Forbidden)
        {
            Assert.Contains("Accès refusé", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_page_and_endpoint_of_the_site_is_in_the_matrix()
    {
        var rows = Rows.Select(row => row.Path).ToHashSet(StringComparer.Ordinal);
        var routes = _site.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.TrimStart('/'))
            .Where(route => !route.StartsWith("/_", StringComparison.Ordinal) && !route.Contains('.', StringComparison.Ordinal) || route.Contains(".csv", StringComparison.Ordinal) || route.Contains(".yaml", StringComparison.Ordinal))
            .Where(route => !route.Contains("{**", StringComparison.Ordinal)) // static files
            .Where(route => route != "/compte/deconnexion" && route != "/labo/rapport") // POST only, covered by their own tests
            .Distinct()
            .ToList();

        var missing = routes.Where(route => !rows.Contains(Samples.GetValueOrDefault(route, route))).ToList();

        Assert.True(missing.Count == 0, "Not in the authorization matrix: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task The_owner_downloads_csv_files_for_french_excel_with_their_names()
    {
        using var client = await ClientAsync("owner");

        foreach (var (file, header) in new[] { ("tableau.csv", "Nom;Adresse e-mail;"), ("reponses.csv", "Adresse e-mail;Nom;Chapitre;") })
        {
            using var response = await client.GetAsync($"/formateur/cohortes/{_cohortId}/export/{file}");
            var bytes = await response.Content.ReadAsByteArrayAsync();

            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal($"cohorte-{_cohortId}-{file.Replace(".csv", "", StringComparison.Ordinal)}.csv", response.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            Assert.StartsWith(header, Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3), StringComparison.Ordinal);
        }
    }

    private async Task<HttpClient> ClientAsync(string who)
    {
        var client = _site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var email = who switch
        {
            "anonymous" => null,
            "student" => "student@example.org",
            "other" => "other@example.org",
            _ => "owner@example.org",
        };
        if (email is not null)
        {
            var cookie = await TestAccounts.SignInCookieAsync(_site.Services, email);
            client.DefaultRequestHeaders.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        }

        return client;
    }

    /// <summary>One site for the whole matrix: an owner with a cohort, another instructor, a student.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public InMemorySiteFactory Factory { get; } = new();

        public int CohortId { get; private set; }

        public async Task InitializeAsync()
        {
            var services = Factory.Services;
            await TestAccounts.CreateInstructorAsync(services, "owner@example.org");
            await TestAccounts.CreateInstructorAsync(services, "other@example.org");
            await TestAccounts.CreateStudentAsync(services, "student@example.org");
            var owner = await InstructorSite.PrincipalAsync(services, "owner@example.org");
            CohortId = (await services.GetRequiredService<CohortService>().CreateAsync(owner, new CohortDraft(CohortName, null, null))).Cohort!.Id;
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
