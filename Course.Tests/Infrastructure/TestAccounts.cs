using System.Net;
using Course.Web.Components.Account;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Course.Tests.Infrastructure;

/// <summary>
/// Creates accounts in a running site's database and mints its sign-in cookie, so tests of one feature do not
/// depend on another feature's sign-in pages. The sign-in pages have their own tests that go through the form.
/// </summary>
public static class TestAccounts
{
    public const string Password = "Kubernetes2026";

    /// <summary>Creates an account (or finds it) with <paramref name="roles"/> and returns its id.</summary>
    public static async Task<string> CreateUserAsync(IServiceProvider services, string email, params string[] roles)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CourseUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new CourseUser { UserName = email, Email = email, CreatedAt = DateTime.UtcNow };
            Check(await users.CreateAsync(user, Password), email);
        }

        foreach (var role in roles.Where(role => !string.IsNullOrEmpty(role)))
        {
            if (!await users.IsInRoleAsync(user, role))
            {
                Check(await users.AddToRoleAsync(user, role), email);
            }
        }

        return user.Id;
    }

    /// <summary>Creates a student account (role <see cref="CourseRoles.Student"/>).</summary>
    public static Task<string> CreateStudentAsync(IServiceProvider services, string email) =>
        CreateUserAsync(services, email, CourseRoles.Student);

    /// <summary>Creates an instructor account (role <see cref="CourseRoles.Instructor"/>).</summary>
    public static Task<string> CreateInstructorAsync(IServiceProvider services, string email) =>
        CreateUserAsync(services, email, CourseRoles.Instructor);

    /// <summary>The site's Identity cookie for <paramref name="email"/>, as the sign-in page would set it.</summary>
    public static async Task<Cookie> SignInCookieAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CourseUser>>();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<CourseUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var cookie = scope.ServiceProvider.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme);
        var now = DateTimeOffset.UtcNow;
        var ticket = new AuthenticationTicket(
            principal,
            new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddHours(2) },
            IdentityConstants.ApplicationScheme);
        return new Cookie(cookie.Cookie.Name!, cookie.TicketDataFormat.Protect(ticket), "/");
    }

    /// <summary>An <see cref="HttpClient"/> on <paramref name="root"/> that sends <paramref name="email"/>'s sign-in cookie.</summary>
    public static async Task<HttpClient> SignedInClientAsync(IServiceProvider services, Uri root, string email)
    {
        var cookie = await SignInCookieAsync(services, email);
        var container = new CookieContainer();
        container.Add(root, new Cookie(cookie.Name, cookie.Value, "/", root.Host));
        return new HttpClient(new HttpClientHandler { CookieContainer = container, AllowAutoRedirect = false }) { BaseAddress = root };
    }

    /// <summary>Gives a browser context <paramref name="email"/>'s sign-in cookie for the site at <paramref name="root"/>.</summary>
    public static async Task SignInBrowserAsync(Microsoft.Playwright.IBrowserContext browser, IServiceProvider services, Uri root, string email)
    {
        var cookie = await SignInCookieAsync(services, email);
        await browser.AddCookiesAsync(
        [
            new Microsoft.Playwright.Cookie { Name = cookie.Name, Value = cookie.Value, Url = root.GetLeftPart(UriPartial.Authority) + "/" },
        ]);
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not set up {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
