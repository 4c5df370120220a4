using System.Net;
using Course.Tests.Infrastructure;
using Course.Web.Components.Account;

namespace Course.Tests.Account;

/// <summary>/formateur/formateurs: only instructors reach it; it promotes an existing account by e-mail.</summary>
public sealed class InstructorsPageTests : IAsyncLifetime
{
    private readonly InMemorySiteFactory _site = new();

    public async Task InitializeAsync() => await TestAccounts.CreateInstructorAsync(_site.Services, "chef@example.org");

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_come_back()
    {
        using var client = AccountForms.Client(_site);

        var response = await client.GetAsync(AccountPaths.Instructors);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/compte/connexion?retour=%2Fformateur%2Fformateurs", new Uri(_site.Server.BaseAddress, AccountForms.Location(response)).PathAndQuery);
    }

    [Fact]
    public async Task Students_are_denied_with_a_French_403()
    {
        await TestAccounts.CreateStudentAsync(_site.Services, "eleve@example.org");
        using var client = AccountForms.Client(_site);
        await AccountForms.SignInAsync(client, "eleve@example.org", TestAccounts.Password);

        var response = await client.GetAsync(AccountPaths.Instructors);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var denied = await client.GetAsync(AccountForms.Location(response));

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("Accès refusé", await denied.Content.ReadAsStringAsync());
        var post = await client.PostAsync(AccountPaths.Instructors, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "nommer-formateur",
            ["Input.Email"] = "eleve@example.org",
        }));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal([CourseRoles.Student], await AccountData.RolesAsync(_site.Services, (await AccountData.UserAsync(_site.Services, "eleve@example.org"))!.Id));
    }

    [Fact]
    public async Task An_instructor_sees_the_instructors_and_promotes_an_existing_account()
    {
        var studentId = await TestAccounts.CreateStudentAsync(_site.Services, "futur-prof@example.org");
        using var client = AccountForms.Client(_site);
        await AccountForms.SignInAsync(client, "chef@example.org", TestAccounts.Password);

        var page = await AccountForms.HtmlAsync(await client.GetAsync(AccountPaths.Instructors));
        Assert.Contains("data-instructor=\"chef@example.org\"", page);
        Assert.DoesNotContain("data-instructor=\"futur-prof@example.org\"", page);

        var promoted = await AccountForms.HtmlAsync(await PromoteAsync(client, " Futur-Prof@example.org "));

        Assert.Contains("futur-prof@example.org est maintenant formateur.", promoted);
        Assert.Contains("data-instructor=\"futur-prof@example.org\"", promoted);
        Assert.Contains(CourseRoles.Instructor, await AccountData.RolesAsync(_site.Services, studentId));

        var again = await AccountForms.HtmlAsync(await PromoteAsync(client, "futur-prof@example.org"));
        Assert.Contains("est déjà formateur : rien n’a changé.", again);
    }

    [Theory]
    [InlineData("inconnu@example.org", "Aucun compte n’utilise l’adresse inconnu@example.org.")]
    [InlineData("pas une adresse", "n’est pas une adresse e-mail valide")]
    [InlineData("", "Saisissez votre adresse e-mail.")]
    public async Task Unknown_or_malformed_addresses_get_a_French_message_and_change_nothing(string email, string message)
    {
        using var client = AccountForms.Client(_site);
        await AccountForms.SignInAsync(client, "chef@example.org", TestAccounts.Password);

        var html = await AccountForms.HtmlAsync(await PromoteAsync(client, email));

        Assert.Contains(message, html);
        Assert.Contains("data-outcome=\"", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "data-instructor="));
    }

    [Fact]
    public async Task Promoting_without_the_antiforgery_token_is_refused()
    {
        await TestAccounts.CreateStudentAsync(_site.Services, "cible@example.org");
        using var client = AccountForms.Client(_site);
        await AccountForms.SignInAsync(client, "chef@example.org", TestAccounts.Password);

        var response = await client.PostAsync(AccountPaths.Instructors, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "nommer-formateur",
            ["Input.Email"] = "cible@example.org",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([CourseRoles.Student], await AccountData.RolesAsync(_site.Services, (await AccountData.UserAsync(_site.Services, "cible@example.org"))!.Id));
    }

    private static Task<HttpResponseMessage> PromoteAsync(HttpClient client, string email) =>
        AccountForms.SubmitAsync(client, AccountPaths.Instructors, "nommer-formateur", new Dictionary<string, string> { ["Input.Email"] = email });
}
