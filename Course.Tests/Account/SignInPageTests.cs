using System.Net;
using Course.Tests.Infrastructure;
using Course.Web.Components.Account;

namespace Course.Tests.Account;

/// <summary>The sign-in page through its form: errors in French, lockout, return addresses, antiforgery.</summary>
public sealed class SignInPageTests : IAsyncLifetime
{
    private readonly InMemorySiteFactory _site = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Fields_are_labelled_in_French()
    {
        using var client = AccountForms.Client(_site);
        foreach (var page in new[] { AccountPaths.SignIn, AccountPaths.SignUp })
        {
            var html = await AccountForms.HtmlAsync(await client.GetAsync(page));
            Assert.Matches("<label[^>]*for=\"champ-input-email\">Adresse e-mail</label>", html);
            Assert.Matches("<label[^>]*for=\"champ-input-password\">Mot de passe</label>", html);
            Assert.Contains("<html lang=\"fr\">", html);
        }
    }

    [Fact]
    public async Task Wrong_password_gets_a_French_error_and_no_cookie()
    {
        await TestAccounts.CreateStudentAsync(_site.Services, "lea@example.org");
        using var client = AccountForms.Client(_site);

        var response = await AccountForms.SignInAsync(client, "lea@example.org", "mauvais-mot-2");

        var html = await AccountForms.HtmlAsync(response);
        Assert.Contains("Adresse e-mail ou mot de passe incorrect.", html);
        Assert.False(AccountForms.SetsIdentityCookie(response));
        Assert.Contains("value=\"lea@example.org\"", html);
        Assert.DoesNotContain("mauvais-mot-2", html);
    }

    [Fact]
    public async Task Empty_and_malformed_fields_are_named_in_French()
    {
        using var client = AccountForms.Client(_site);

        var html = await AccountForms.HtmlAsync(await AccountForms.SignInAsync(client, "pas-une-adresse", ""));

        Assert.Contains("n’est pas une adresse e-mail valide", AccountForms.FieldError(html, "Input.Email"));
        Assert.Equal("Saisissez votre mot de passe.", AccountForms.FieldError(html, "Input.Password"));
        Assert.Contains("aria-invalid=\"true\"", html);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_five_minutes_and_say_so()
    {
        await TestAccounts.CreateStudentAsync(_site.Services, "bloque@example.org");
        using var client = AccountForms.Client(_site);

        for (var failure = 1; failure <= 4; failure++)
        {
            var html = await AccountForms.HtmlAsync(await AccountForms.SignInAsync(client, "bloque@example.org", $"mauvais{failure}x"));
            Assert.Contains("Adresse e-mail ou mot de passe incorrect.", html);
        }

        var fifth = await AccountForms.HtmlAsync(await AccountForms.SignInAsync(client, "bloque@example.org", "mauvais5x"));
        Assert.Contains("ce compte est bloqué pendant 5 minutes. Réessayez dans 5 minutes.", fifth);

        // Even the right password is refused while locked.
        var right = await AccountForms.SignInAsync(client, "bloque@example.org", TestAccounts.Password);
        Assert.False(AccountForms.SetsIdentityCookie(right));
        Assert.Contains("ce compte est bloqué pendant 5 minutes", await AccountForms.HtmlAsync(right));
        var user = await AccountData.UserAsync(_site.Services, "bloque@example.org");
        Assert.InRange(user!.LockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
    }

    [Theory]
    [InlineData("/chapitres/introduction?onglet=quiz", "/chapitres/introduction?onglet=quiz")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("javascript:alert(1)", "/")]
    public async Task Only_local_return_addresses_are_followed(string retour, string expected)
    {
        await TestAccounts.CreateStudentAsync(_site.Services, "retour@example.org");
        using var client = AccountForms.Client(_site);

        var response = await AccountForms.SignInAsync(client, "retour@example.org", TestAccounts.Password, "?retour=" + Uri.EscapeDataString(retour));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, AccountForms.Location(response));
        Assert.True(AccountForms.SetsIdentityCookie(response));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        await TestAccounts.CreateStudentAsync(_site.Services, "forge@example.org");
        using var client = AccountForms.Client(_site);

        var response = await client.PostAsync(AccountPaths.SignIn, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "connexion",
            ["Input.Email"] = "forge@example.org",
            ["Input.Password"] = TestAccounts.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(AccountForms.SetsIdentityCookie(response));
    }

    [Fact]
    public async Task Sign_out_without_the_antiforgery_token_is_refused()
    {
        await TestAccounts.CreateStudentAsync(_site.Services, "reste@example.org");
        using var signedIn = AccountForms.Client(_site);
        Assert.Equal(HttpStatusCode.Redirect, (await AccountForms.SignInAsync(signedIn, "reste@example.org", TestAccounts.Password)).StatusCode);

        var response = await signedIn.PostAsync(AccountPaths.SignOut, new FormUrlEncodedContent(new Dictionary<string, string> { ["retour"] = "/" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(AccountForms.ClearsIdentityCookie(response));
        Assert.Contains("data-testid=\"account-name\"", await AccountForms.HtmlAsync(await signedIn.GetAsync(AccountPaths.PersonalData)));
    }

    [Fact]
    public async Task A_signed_in_visitor_is_sent_on_from_the_sign_in_and_sign_up_pages()
    {
        await TestAccounts.CreateStudentAsync(_site.Services, "deja@example.org");
        using var client = AccountForms.Client(_site);
        await AccountForms.SignInAsync(client, "deja@example.org", TestAccounts.Password);

        foreach (var page in new[] { AccountPaths.SignIn, AccountPaths.SignUp })
        {
            var response = await client.GetAsync(page + "?retour=%2Fprogression");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/progression", AccountForms.Location(response));
        }
    }
}
