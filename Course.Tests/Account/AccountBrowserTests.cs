using Course.Tests.Infrastructure;
using Course.Web.Components.Account;
using Microsoft.Playwright;

namespace Course.Tests.Account;

/// <summary>A real Chromium: signing up and out with the keyboard only, from a chapter and back to it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountBrowserTests(ChromiumFixture chromium, LiveSiteFactory site)
{
    private const float Generous = 10_000;

    [Fact]
    public async Task Sign_up_with_the_keyboard_comes_back_to_the_chapter_names_the_student_and_signs_out()
    {
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(new Uri(site.RootUri, "chapitres/introduction").ToString());
        await page.WaitForInteractiveAsync();

        // Once interactive, the page focuses its h1 (FocusOnNavigate): the app bar is behind it, so go back with Shift+Tab.
        await TabToAsync(page, "[data-testid=sign-up-link]", backwards: true);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressAsync(new Uri(site.RootUri, "compte/inscription?retour=%2Fchapitres%2Fintroduction").AbsoluteUri, Generous);
        await page.Locator("#champ-input-email").WaitForAsync(new() { Timeout = Generous });

        await TabToAsync(page, "#champ-input-email");
        await page.Keyboard.TypeAsync("clavier@example.org");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(AccountFlows.Password);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Noé Clavier");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForAddressAsync(new Uri(site.RootUri, "chapitres/introduction").ToString(), Generous);
        var name = page.Locator("[data-testid=account-name]");
        await Assertions.Expect(name).ToHaveTextAsync("Noé Clavier", new() { Timeout = Generous });
        await page.WaitForInteractiveAsync();

        await TabToAsync(page, "[data-testid=account-menu-toggle]", backwards: true);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=sign-out]")).ToBeVisibleAsync(new() { Timeout = Generous });
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("[data-testid=sign-out]")).ToBeHiddenAsync(new() { Timeout = Generous });
        await Assertions.Expect(page.Locator("[data-testid=account-menu-toggle]")).ToBeFocusedAsync(new() { Timeout = Generous });
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, "[data-testid=sign-out]");
        await page.SaveScreenshotAsync("account-menu-open");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("[data-testid=sign-in-link]")).ToBeVisibleAsync(new() { Timeout = Generous });
        Assert.EndsWith("/chapitres/introduction", page.Url);
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == AccountForms.IdentityCookie);
    }

    /// <summary>Presses Tab (Shift+Tab when <paramref name="backwards"/>) until <paramref name="selector"/> has the focus (at most 80 times).</summary>
    internal static async Task TabToAsync(IPage page, string selector, bool backwards = false)
    {
        for (var press = 0; press < 80; press++)
        {
            try
            {
                if (await page.EvaluateAsync<bool>($"document.activeElement?.matches({System.Text.Json.JsonSerializer.Serialize(selector)}) === true"))
                {
                    return;
                }
            }
            catch (PlaywrightException exception) when (exception.Message.Contains("Execution context was destroyed", StringComparison.Ordinal))
            {
                // Blazor reloads a page that leaves interactive routing: start again on the new document.
                await page.WaitForLoadStateAsync(LoadState.Load);
                press = 0;
                continue;
            }

            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }

        throw new InvalidOperationException($"Tab never reached {selector} on {page.Url}.");
    }
}
