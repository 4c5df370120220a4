using System.Security.Claims;
using Course.Tests.Infrastructure;
using Course.Web.Components.Account;
using Course.Web.Components.Account.PasswordReset;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Course.Tests.Account;

/// <summary>axe (WCAG 2.2 AA) on every account page and the open account menu, in the light and the dark theme.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountAccessibilityTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task Account_pages_pass_axe(string theme)
    {
        var student = await TestAccounts.CreateStudentAsync(site.Services, "axe-etudiant@example.org");
        var owner = await TestAccounts.CreateInstructorAsync(site.Services, "axe-formateur@example.org");
        await AccountData.CreateCohortAsync(site.Services, owner, "Atelier axe " + theme, student);
        var link = await site.Services.GetRequiredService<PasswordResetLinks>().CreateAsync(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, owner)], "test")), student);

        var anonymous = await NewPageAsync(theme);
        await CheckAsync(anonymous, AccountPaths.SignIn);
        await anonymous.Locator("[data-testid=sign-in-submit]").ClickAsync();
        await anonymous.Locator("[data-field-error]").First.WaitForAsync();
        await CheckAsync(anonymous, null);
        await CheckAsync(anonymous, AccountPaths.SignUp);
        await CheckAsync(anonymous, AccountPaths.PersonalData);
        await CheckAsync(anonymous, link.Path!);

        var instructor = await NewPageAsync(theme);
        await TestAccounts.SignInBrowserAsync(instructor.Context, site.Services, site.RootUri, "axe-formateur@example.org");
        await CheckAsync(instructor, AccountPaths.Instructors);
        await CheckAsync(instructor, AccountPaths.PersonalData);

        var signedIn = await NewPageAsync(theme);
        await TestAccounts.SignInBrowserAsync(signedIn.Context, site.Services, site.RootUri, "axe-etudiant@example.org");
        await CheckAsync(signedIn, AccountPaths.PersonalData);
        await CheckAsync(signedIn, AccountPaths.AccessDenied);
        await signedIn.Locator("[data-testid=account-menu-toggle]").ClickAsync();
        await signedIn.Locator("[data-testid=sign-out]").WaitForAsync();
        await CheckAsync(signedIn, null);

        // The menu in the circuit, open over a chapter (the chapter's own content is another feature's to check).
        await signedIn.GotoAsync(new Uri(site.RootUri, "chapitres/introduction").ToString());
        await signedIn.WaitForInteractiveAsync();
        await signedIn.Locator("[data-testid=account-menu-toggle]").ClickAsync();
        await signedIn.Locator("[data-testid=sign-out]").WaitForAsync();
        AssertNoViolations(signedIn.Url, await signedIn.Locator(".mud-appbar").RunAxe(WcagAA));
        await signedIn.SaveScreenshotAsync($"account-menu-{theme}");
    }

    private async Task<IPage> NewPageAsync(string theme)
    {
        var page = await chromium.NewPageAsync();
        await page.Context.AddCookiesAsync(
        [
            new Cookie { Name = "course-theme", Value = theme, Url = site.RootUri.GetLeftPart(UriPartial.Authority) + "/" },
        ]);
        return page;
    }

    /// <summary>Opens <paramref name="path"/> (or checks the page as it is, when null) and fails on any WCAG A/AA violation.</summary>
    private async Task CheckAsync(IPage page, string? path)
    {
        if (path is not null)
        {
            await page.GotoAsync(new Uri(site.RootUri, path.TrimStart('/')).ToString());
        }

        AssertNoViolations(page.Url, await page.RunAxe(WcagAA));
    }

    private static AxeRunOptions WcagAA => AxeOptions.WcagAA;

    private static void AssertNoViolations(string url, AxeResult results)
    {
        var violations = results.Violations.Select(v =>
            $"{v.Id}: {v.Help}\n    " + string.Join("\n    ", v.Nodes.Select(n => n.Html)));
        Assert.True(results.Violations.Length == 0, $"{url}:\n{string.Join("\n", violations)}");
    }
}
