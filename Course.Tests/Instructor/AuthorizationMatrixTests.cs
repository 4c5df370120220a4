using System.Net;
using System.Text;
using Course.Tests.Infrastructure;
using Course.Web.Components.Instructor.Cohorts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Instructor;

/// <summary>
/// Anonymous / student / another instructor / the owner × every instructor page and export → the status of the first
/// HTTP GET (redirects not followed). Circuit handlers are covered by <see cref="CohortRefusalTests"/> and the bUnit tests.
/// </summary>
public sealed class AuthorizationMatrixTests(AuthorizationMatrixTests.Site fixture) : IClassFixture<AuthorizationMatrixTests.Site>
{
    private readonly InMemorySiteFactory _site = fixture.Factory;
    private readonly int _cohortId = fixture.CohortId;

    public static TheoryData<string, string, HttpStatusCode, string?> Matrix => new()
    {
        // page or export, who, status, where a redirect goes ("" for no redirect)
        { "/formateur", "anonymous", HttpStatusCode.Redirect, "/compte/connexion?retour=" },
        { "/formateur", "student", HttpStatusCode.Redirect, "/compte/acces-refuse?retour=" },
        { "/formateur", "other", HttpStatusCode.OK, null },
        { "/formateur", "owner", HttpStatusCode.OK, null },
        { "/formateur/cohortes/{id}", "anonymous", HttpStatusCode.Redirect, "/compte/connexion?retour=" },
        { "/formateur/cohortes/{id}", "student", HttpStatusCode.Redirect, "/compte/acces-refuse?retour=" },
        { "/formateur/cohortes/{id}", "other", HttpStatusCode.NotFound, null },
        { "/formateur/cohortes/{id}", "owner", HttpStatusCode.OK, null },
        { "/formateur/cohortes/999999", "owner", HttpStatusCode.NotFound, null },
        { "/formateur/cohortes/{id}/export/tableau.csv", "anonymous", HttpStatusCode.Redirect, "/compte/connexion?retour=" },
        { "/formateur/cohortes/{id}/export/tableau.csv", "student", HttpStatusCode.Forbidden, null },
        { "/formateur/cohortes/{id}/export/tableau.csv", "other", HttpStatusCode.NotFound, null },
        { "/formateur/cohortes/{id}/export/tableau.csv", "owner", HttpStatusCode.OK, null },
        { "/formateur/cohortes/{id}/export/reponses.csv", "anonymous", HttpStatusCode.Redirect, "/compte/connexion?retour=" },
        { "/formateur/cohortes/{id}/export/reponses.csv", "student", HttpStatusCode.Forbidden, null },
        { "/formateur/cohortes/{id}/export/reponses.csv", "other", HttpStatusCode.NotFound, null },
        { "/formateur/cohortes/{id}/export/reponses.csv", "owner", HttpStatusCode.OK, null },
        { "/formateur/cohortes/999999/export/reponses.csv", "owner", HttpStatusCode.NotFound, null },
        { "/rejoindre", "anonymous", HttpStatusCode.OK, null },
        { "/rejoindre", "student", HttpStatusCode.OK, null },
        { "/rejoindre", "other", HttpStatusCode.OK, null },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_visitor_gets_the_expected_answer(string path, string who, HttpStatusCode expected, string? redirect)
    {
        using var client = await ClientAsync(who);
        var url = path.Replace("{id}", _cohortId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var response = await client.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        if (redirect is not null)
        {
            Assert.StartsWith(redirect, response.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
            Assert.Contains(Uri.EscapeDataString(url), response.Headers.Location.OriginalString, StringComparison.OrdinalIgnoreCase);
        }

        var body = await response.Content.ReadAsStringAsync();
        // A 200 must be the page itself, with the owner's cohort shown to the owner only.
        if (expected == HttpStatusCode.OK && path.StartsWith("/formateur", StringComparison.Ordinal) && !path.EndsWith(".csv", StringComparison.Ordinal))
        {
            Assert.Contains(path == "/formateur" ? "Espace formateur</h1>" : "Matrice</h1>", body, StringComparison.Ordinal);
            Assert.Equal(who == "owner", body.Contains("Matrice", StringComparison.Ordinal));
        }

        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Contains("Accès refusé", body, StringComparison.Ordinal);
        }
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
            CohortId = (await services.GetRequiredService<CohortService>().CreateAsync(owner, new CohortDraft("Matrice", null, null))).Cohort!.Id;
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
