using System.Net;
using System.Net.Http.Json;
using Course.Tests.Infrastructure;
using Course.Web.Components.Account;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.PageCache;

/// <summary>
/// Signed-in readers get course pages from the page cache (issue 16, load). The point is that one reader's data never
/// reaches another's response, whoever rendered the copy: every shared render runs as nobody.
/// </summary>
public sealed class SignedInPageCacheTests(InMemorySiteFactory site) : IClassFixture<InMemorySiteFactory>
{
    private const string StudentEmail = "alice.cache@example.org";
    private const string StudentName = "Alice Secrète";
    private const string OtherEmail = "bruno.cache@example.org";
    private const string InstructorEmail = "carla.cache@example.org";

    // Whatever names a reader, or shows what only an instructor or a signed-in reader may see.
    private static readonly string[] Personal =
    [
        StudentEmail, StudentName, OtherEmail, InstructorEmail, "data-testid=\"account-name\"", "data-testid=\"account-menu-instructor\"",
        "data-testid=\"instructor-link\"", "data-testid=\"sign-out\"", "__RequestVerificationToken",
    ];

    [Fact]
    public async Task A_signed_in_reader_gets_the_chapter_another_reader_rendered()
    {
        using var client = site.CreateClient();

        using var first = await GetAsync(client, "/chapitres/introduction", StudentEmail);
        using var second = await GetAsync(client, "/chapitres/introduction", OtherEmail);

        Assert.Equal("miss", first.Headers.GetValues("X-Page-Cache").Single());
        Assert.Equal("hit", second.Headers.GetValues("X-Page-Cache").Single());
        var html = await second.Content.ReadAsStringAsync();
        Assert.Equal(await first.Content.ReadAsStringAsync(), html);
        // A placeholder where the account menu goes, an island that the circuit fills for whoever reads.
        Assert.Contains("data-account-menu-pending", html);
        Assert.Contains("data-island=\"account-menu\"", html);
        Assert.DoesNotContain("data-testid=\"sign-in-link\"", html);
        Assert.False(second.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/chapitres/concepts-kubernetes", StudentEmail, InstructorEmail, null)]
    [InlineData("/chapitres/architecture-maitre", InstructorEmail, StudentEmail, null)]
    [InlineData("/chapitres/architecture-noeuds", null, StudentEmail, InstructorEmail)]
    [InlineData("/", StudentEmail, null, InstructorEmail)]
    [InlineData("/chapitres/deployer-dockercoins", InstructorEmail, null, StudentEmail)]
    public async Task Whoever_renders_first_no_reader_gets_anything_of_another(string path, string? first, string? second, string? third)
    {
        using var client = site.CreateClient();
        var readers = new[] { first, second, third };
        var signedInSeen = 0;
        foreach (var reader in readers)
        {
            using var response = await GetAsync(client, path, reader);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.All(Personal, value => Assert.DoesNotContain(value, html, StringComparison.OrdinalIgnoreCase));
            if (reader is null)
            {
                // Anonymous readers keep their own copy: the sign-in links, at once and without the circuit.
                Assert.Contains("data-testid=\"sign-in-link\"", html);
                Assert.DoesNotContain("data-account-menu-pending", html);
                continue;
            }

            Assert.Contains("data-account-menu-pending", html);
            // Whoever came first among signed-in readers rendered; the next one is served the same bytes.
            Assert.Equal(signedInSeen++ == 0 ? "miss" : "hit", response.Headers.GetValues("X-Page-Cache").Single());
        }
    }

    [Fact]
    public async Task Pages_of_ones_own_are_rendered_for_the_reader_and_never_stored()
    {
        using var client = site.CreateClient();

        foreach (var path in new[] { AccountPaths.Progress, AccountPaths.PersonalData })
        {
            using var response = await GetAsync(client, path, StudentEmail);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.False(response.Headers.Contains("X-Page-Cache"), path);
            Assert.Contains(StudentName, html);
            Assert.DoesNotContain("data-testid=\"account-menu-instructor\"", html);
        }
    }

    [Fact]
    public async Task The_token_endpoint_lets_the_circuits_sign_out_form_through_and_is_never_cached()
    {
        using var client = site.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await EnsureAccountsAsync();
        var cookie = await TestAccounts.SignInCookieAsync(site.Services, OtherEmail);

        using var tokenRequest = new HttpRequestMessage(HttpMethod.Get, AccountPaths.AntiforgeryToken);
        tokenRequest.Headers.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        using var tokenResponse = await client.SendAsync(tokenRequest);
        Assert.Equal("no-store", tokenResponse.Headers.CacheControl?.ToString());
        var field = await tokenResponse.Content.ReadFromJsonAsync<TokenField>();
        Assert.NotNull(field);
        Assert.False(string.IsNullOrEmpty(field.Value));

        using var signOut = new HttpRequestMessage(HttpMethod.Post, AccountPaths.SignOut)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { [field.Name] = field.Value, ["retour"] = "/chapitres/introduction" }),
        };
        signOut.Headers.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        using var signedOut = await client.SendAsync(signOut);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/chapitres/introduction", signedOut.Headers.Location?.OriginalString);
    }

    private async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? email)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (email is not null)
        {
            await EnsureAccountsAsync();
            var cookie = await TestAccounts.SignInCookieAsync(site.Services, email);
            request.Headers.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        }

        return await client.SendAsync(request);
    }

    private async Task EnsureAccountsAsync()
    {
        await TestAccounts.CreateStudentAsync(site.Services, StudentEmail);
        await TestAccounts.CreateStudentAsync(site.Services, OtherEmail);
        await TestAccounts.CreateInstructorAsync(site.Services, InstructorEmail);
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CourseUser>>();
        var student = await users.FindByEmailAsync(StudentEmail);
        if (student is { DisplayName: null or "" })
        {
            student.DisplayName = StudentName;
            await users.UpdateAsync(student);
        }
    }

    private sealed record TokenField(string Name, string Value);
}
