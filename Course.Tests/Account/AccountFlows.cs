using System.Net;
using Course.Tests.Infrastructure;
using Course.Web.Components.Account;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Course.Tests.Account;

/// <summary>The sign-up, sign-in and deletion flows through the real forms, run on SQLite and on PostgreSQL.</summary>
internal static class AccountFlows
{
    public const string Password = "Cours2026k8s";

    /// <summary>Signs up through the form: a student account exists, is signed in, and the app bar names it.</summary>
    public static async Task<HttpClient> SignUpAsync<TFactory>(TFactory site, string email, string displayName)
        where TFactory : WebApplicationFactory<Program>
    {
        var client = AccountForms.Client(site);
        var response = await AccountForms.SignUpAsync(client, email, Password, displayName, retour: "/chapitres/introduction");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/chapitres/introduction", AccountForms.Location(response));
        Assert.True(AccountForms.SetsIdentityCookie(response), "Sign-up did not set the sign-in cookie.");
        var user = await AccountData.UserAsync(site.Services, email);
        Assert.NotNull(user);
        Assert.Equal(displayName, user.DisplayName);
        Assert.Equal([CourseRoles.Student], await AccountData.RolesAsync(site.Services, user.Id));

        // A page of one's own (course pages come from the page cache, whose copy names nobody).
        var own = await AccountForms.HtmlAsync(await client.GetAsync(AccountPaths.PersonalData));
        Assert.Equal(displayName, AccountForms.AccountName(own));
        Assert.DoesNotContain("data-testid=\"sign-in-link\"", own);
        return client;
    }

    /// <summary>Signs out, fails once with a wrong password (French message, no cookie), then signs in.</summary>
    public static async Task SignOutAndInAsync<TFactory>(TFactory site, HttpClient client, string email)
        where TFactory : WebApplicationFactory<Program>
    {
        var signedOut = await AccountForms.SignOutAsync(client, AccountPaths.PersonalData);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.True(AccountForms.ClearsIdentityCookie(signedOut), "Sign-out did not clear the sign-in cookie.");
        Assert.Contains("data-testid=\"sign-in-link\"", await AccountForms.HtmlAsync(await client.GetAsync("/")));

        var wrong = await AccountForms.SignInAsync(client, email, "pas-le-bon-1");
        var html = await AccountForms.HtmlAsync(wrong);
        Assert.Contains("Adresse e-mail ou mot de passe incorrect.", html);
        Assert.False(AccountForms.SetsIdentityCookie(wrong));

        var right = await AccountForms.SignInAsync(client, email.ToUpperInvariant(), Password, "?retour=%2Fchapitres%2Fintroduction");
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/chapitres/introduction", AccountForms.Location(right));
        Assert.True(AccountForms.SetsIdentityCookie(right));
    }

    /// <summary>Deleting needs the password, then removes the account and every row that refers to it, and signs out.</summary>
    public static async Task DeleteAsync<TFactory>(TFactory site, HttpClient client, string email)
        where TFactory : WebApplicationFactory<Program>
    {
        var user = await AccountData.UserAsync(site.Services, email);
        Assert.NotNull(user);
        var instructorId = await TestAccounts.CreateInstructorAsync(site.Services, $"owner-of-{email}");
        await AccountData.CreateCohortAsync(site.Services, instructorId, "Atelier " + email, user.Id);
        await AccountData.AddProgressAsync(site.Services, user.Id, "delete");
        var rowsBefore = await AccountData.RowsOfAsync(site.Services, user.Id);
        Assert.Equal(1 + 1 + 2 + 1 + 1, rowsBefore);

        var wrong = await DeleteFormAsync(client, "pas-le-bon-1");
        Assert.Equal("Mot de passe incorrect : le compte n’a pas été supprimé.", AccountForms.FieldError(await AccountForms.HtmlAsync(wrong), "Input.Password"));
        var empty = await DeleteFormAsync(client, "");
        Assert.NotNull(AccountForms.FieldError(await AccountForms.HtmlAsync(empty), "Input.Password"));
        Assert.Equal(rowsBefore, await AccountData.RowsOfAsync(site.Services, user.Id));

        var deleted = await DeleteFormAsync(client, Password);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(AccountPaths.PersonalData + "?supprime=true", AccountForms.Location(deleted));
        Assert.True(AccountForms.ClearsIdentityCookie(deleted));
        Assert.Equal(0, await AccountData.RowsOfAsync(site.Services, user.Id));
        Assert.NotNull(await AccountData.UserAsync(site.Services, $"owner-of-{email}"));

        var after = await AccountForms.HtmlAsync(await client.GetAsync(AccountForms.Location(deleted)));
        Assert.Contains("data-testid=\"account-deleted\"", after);
        Assert.Contains("data-testid=\"sign-in-link\"", after);
    }

    private static Task<HttpResponseMessage> DeleteFormAsync(HttpClient client, string password) =>
        AccountForms.SubmitAsync(client, AccountPaths.PersonalData, "suppression", new Dictionary<string, string> { ["Input.Password"] = password });
}
