using System.Net;
using System.Text.Json;
using Course.Tests.Infrastructure;
using Course.Web.Components.Account;
using Course.Web.Components.Account.PersonalData;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Account;

/// <summary>"Données personnelles": what is stored, the JSON download of one's own data, and an instructor's cohorts.</summary>
public sealed class PersonalDataTests : IAsyncLifetime
{
    private readonly InMemorySiteFactory _site = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Anyone_can_read_what_is_stored_why_and_for_how_long()
    {
        using var client = AccountForms.Client(_site);

        var html = await AccountForms.HtmlAsync(await client.GetAsync(AccountPaths.PersonalData));

        Assert.Contains("Ce qui est conservé", html);
        Assert.Contains("Vos réponses aux quiz", html);
        Assert.Contains("Pourquoi :", html);
        Assert.Contains("tant que votre compte existe", html);
        Assert.DoesNotContain("data-testid=\"export-link\"", html);
        Assert.DoesNotContain("_handler", html);
        Assert.Contains("/compte/connexion?retour=%2Fcompte%2Fdonnees-personnelles", html);
    }

    [Fact]
    public async Task The_download_holds_the_users_own_data_and_nobody_elses()
    {
        var alice = await TestAccounts.CreateStudentAsync(_site.Services, "alice@example.org");
        var bob = await TestAccounts.CreateStudentAsync(_site.Services, "bob@example.org");
        var teacher = await TestAccounts.CreateInstructorAsync(_site.Services, "prof@example.org");
        await AccountData.CreateCohortAsync(_site.Services, teacher, "Atelier de mars", alice, bob);
        await AccountData.CreateCohortAsync(_site.Services, teacher, "Atelier de Bob", bob);
        await AccountData.AddProgressAsync(_site.Services, alice, "alice");
        await AccountData.AddProgressAsync(_site.Services, bob, "bob");
        using var client = await AccountForms.SignedInClientAsync(_site, "alice@example.org");

        var response = await client.GetAsync(AccountPaths.PersonalDataExport);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("donnees-personnelles-", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("bob", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("PasswordHash", text, StringComparison.OrdinalIgnoreCase);
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal("alice@example.org", root.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal(alice, root.GetProperty("account").GetProperty("id").GetString());
        Assert.Equal([CourseRoles.Student], root.GetProperty("account").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["Atelier de mars"], root.GetProperty("cohorts").EnumerateArray().Select(c => c.GetProperty("cohort").GetString()));
        var answers = root.GetProperty("answers").EnumerateArray().ToList();
        Assert.Equal(2, answers.Count);
        Assert.All(answers, a => Assert.Equal("alice-question", a.GetProperty("questionId").GetString()));
        Assert.Equal("b,c", answers[1].GetProperty("chosenOptions").GetString());
        Assert.Equal("alice-browser", answers[0].GetProperty("anonymousBrowserId").GetString());
        Assert.Equal("introduction", root.GetProperty("chapterProgress")[0].GetProperty("chapter").GetString());
        Assert.Empty(root.GetProperty("ownedCohorts").EnumerateArray());
    }

    [Fact]
    public async Task The_download_needs_an_account()
    {
        using var client = AccountForms.Client(_site);

        var response = await client.GetAsync(AccountPaths.PersonalDataExport);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(AccountPaths.SignIn + "?retour=", new Uri(_site.Server.BaseAddress, AccountForms.Location(response)).PathAndQuery);
    }

    [Fact]
    public async Task An_instructor_who_owns_cohorts_cannot_delete_the_account_and_is_told_why()
    {
        var teacher = await TestAccounts.CreateInstructorAsync(_site.Services, "responsable@example.org");
        await AccountData.CreateCohortAsync(_site.Services, teacher, "Promo Kubernetes");
        using var client = AccountForms.Client(_site);
        await AccountForms.SignInAsync(client, "responsable@example.org", TestAccounts.Password);

        var page = await AccountForms.HtmlAsync(await client.GetAsync(AccountPaths.PersonalData));
        Assert.Contains("data-testid=\"owns-cohorts\"", page);
        Assert.Contains("Promo Kubernetes", page);
        Assert.DoesNotContain("\"suppression\"", page);

        // A post made anyway (an old tab) finds no deletion form to run; the service refuses too.
        var forced = await client.PostAsync(AccountPaths.PersonalData, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "suppression",
            ["__RequestVerificationToken"] = AntiforgeryTokenOf(page),
            ["Input.Password"] = TestAccounts.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, forced.StatusCode);
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<AccountDeletion>().DeleteAsync(teacher, TestAccounts.Password);
            Assert.Equal(AccountDeletionOutcome.OwnsCohorts, outcome);
        }

        Assert.Equal(2, await AccountData.RowsOfAsync(_site.Services, teacher));
        var export = await client.GetStringAsync(AccountPaths.PersonalDataExport);
        Assert.Contains("Promo Kubernetes", export);
    }

    // The sign-out form of the app bar carries the page's antiforgery token.
    private static string AntiforgeryTokenOf(string html) => AccountForms.FindForm(html, "").Hidden["__RequestVerificationToken"];
}
