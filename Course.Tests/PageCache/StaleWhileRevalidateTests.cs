using System.Net;
using Course.Tests.Infrastructure;
using Course.Web.Components.PageCache;
using Course.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.PageCache;

/// <summary>
/// A page older than PageCache:FreshFor is served at once to whoever finds it, and its replacement is rendered in the
/// background (issue 13: the first student after an idle minute no longer waits for a render). Each test ages its own
/// page with the fixture's clock and waits, generously, for the replacement to arrive.
/// </summary>
public sealed class StaleWhileRevalidateTests(StalePageSiteFixture fixture) : IClassFixture<StalePageSiteFixture>
{
    private static readonly TimeSpan Stale = TimeSpan.FromSeconds(61);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(60);

    private const string StudentEmail = "denise.swr@example.org";
    private const string StudentName = "Denise Périmée";

    [Fact]
    public async Task A_stale_page_is_served_at_once_and_the_next_visitor_gets_its_background_replacement()
    {
        using var client = fixture.Site.CreateClient();
        using var miss = await GetAsync(client, "/chapitres/introduction");
        var rendered = await miss.Content.ReadAsStringAsync();
        fixture.Clock.Advance(Stale);

        using var stale = await GetAsync(client, "/chapitres/introduction");

        // The visitor who found it stale is not made to wait for a render: the old bytes, at once.
        Assert.Equal("miss", StatusOf(miss));
        Assert.Equal("hit", StatusOf(stale));
        Assert.Equal(miss.Headers.ETag, stale.Headers.ETag);
        Assert.Equal(rendered, await stale.Content.ReadAsStringAsync());

        using var replaced = await WaitForNewCopyAsync(client, "/chapitres/introduction", miss.Headers.ETag!);
        Assert.Equal("hit", StatusOf(replaced));
        var html = await replaced.Content.ReadAsStringAsync();
        Assert.Contains("data-theme=\"light\"", html);
        Assert.Contains("data-testid=\"sign-in-link\"", html);
        // The background render stored what a foreground one stores: the same headers (Set-Cookie never), a new page.
        Assert.Equal(HeadersOf(miss), HeadersOf(replaced));
        Assert.False(replaced.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_page_past_its_maximum_age_is_rendered_while_the_visitor_waits()
    {
        using var client = fixture.Site.CreateClient();
        using var first = await GetAsync(client, "/chapitres/concepts-kubernetes");
        fixture.Clock.Advance(PageCacheStore.MaxAge + TimeSpan.FromSeconds(1));

        using var second = await GetAsync(client, "/chapitres/concepts-kubernetes");

        // Its component markers would soon be refused by the circuit: never served, even once.
        Assert.Equal("miss", StatusOf(second));
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task A_failing_background_render_keeps_the_stale_page_and_the_site_serving()
    {
        using var client = fixture.Site.CreateClient();
        using var miss = await GetAsync(client, "/chapitres/architecture-introduction");
        fixture.Clock.Advance(Stale);
        fixture.ResetRenderFailed();
        fixture.RendersFail = true;
        try
        {
            using var stale = await GetAsync(client, "/chapitres/architecture-introduction");
            await fixture.RenderFailed.Task.WaitAsync(LongestWait);
            await Eventually.HoldsAsync(() => fixture.Warnings.Any(w => w.EventId == 9001 && w.Message.Contains("/chapitres/architecture-introduction|light")),
                "the failed background render is logged", LongestWait);
            using var afterFailure = await GetAsync(client, "/chapitres/architecture-introduction");

            Assert.Equal("hit", StatusOf(stale));
            Assert.Equal(miss.Headers.ETag, stale.Headers.ETag);
            Assert.Equal(miss.Headers.ETag, afterFailure.Headers.ETag);
        }
        finally
        {
            fixture.RendersFail = false;
        }

        // The claim was let go: the next visitor's request has the page rendered again, and it arrives.
        using var replaced = await WaitForNewCopyAsync(client, "/chapitres/architecture-introduction", miss.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_reader_who_finds_a_stale_page_puts_nothing_of_theirs_in_its_replacement()
    {
        var cookie = await SignInCookieAsync();
        using var client = fixture.Site.CreateClient();
        using var miss = await GetAsync(client, "/chapitres/architecture-maitre", cookie: cookie);
        fixture.Clock.Advance(Stale);

        using var stale = await GetAsync(client, "/chapitres/architecture-maitre", cookie: cookie);
        using var replaced = await WaitForNewCopyAsync(client, "/chapitres/architecture-maitre", miss.Headers.ETag!, cookie: cookie);

        Assert.Equal("hit", StatusOf(stale));
        var html = WebUtility.HtmlDecode(await replaced.Content.ReadAsStringAsync());
        Assert.DoesNotContain(StudentEmail, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(StudentName, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data-testid=\"account-name\"", html);
        Assert.DoesNotContain("__RequestVerificationToken", html);
        // Still the signed-in readers' copy: a placeholder the circuit fills for whoever reads, no sign-in links.
        Assert.Contains("data-account-menu-pending", html);
        Assert.DoesNotContain("data-testid=\"sign-in-link\"", html);

        // And the anonymous readers' copy is another one, untouched.
        using var anonymous = await GetAsync(client, "/chapitres/architecture-maitre");
        Assert.Contains("data-testid=\"sign-in-link\"", await anonymous.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Dark_and_light_readers_keep_their_own_copies_through_background_renders()
    {
        using var client = fixture.Site.CreateClient();
        // The dark reader has never chosen: the browser's system preference hint decides.
        const string darkHint = "\"dark\"";
        using var lightMiss = await GetAsync(client, "/chapitres/architecture-noeuds");
        using var darkMiss = await GetAsync(client, "/chapitres/architecture-noeuds", hint: darkHint);
        fixture.Clock.Advance(Stale);

        using var darkStale = await GetAsync(client, "/chapitres/architecture-noeuds", hint: darkHint);
        using var lightStale = await GetAsync(client, "/chapitres/architecture-noeuds");
        using var dark = await WaitForNewCopyAsync(client, "/chapitres/architecture-noeuds", darkMiss.Headers.ETag!, hint: darkHint);
        using var light = await WaitForNewCopyAsync(client, "/chapitres/architecture-noeuds", lightMiss.Headers.ETag!);

        Assert.Equal(darkMiss.Headers.ETag, darkStale.Headers.ETag);
        Assert.Equal(lightMiss.Headers.ETag, lightStale.Headers.ETag);
        var darkHtml = await dark.Content.ReadAsStringAsync();
        var lightHtml = await light.Content.ReadAsStringAsync();
        Assert.Contains("data-theme=\"dark\"", darkHtml);
        Assert.DoesNotContain("data-theme=\"light\"", darkHtml);
        Assert.Contains("data-theme=\"light\"", lightHtml);
        Assert.DoesNotContain("data-theme=\"dark\"", lightHtml);
    }

    private static string StatusOf(HttpResponseMessage response) =>
        response.Headers.GetValues(PageCacheMiddleware.StatusHeader).Single();

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? cookie = null, string? hint = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        if (hint is not null)
        {
            request.Headers.Add("Sec-CH-Prefers-Color-Scheme", hint);
        }

        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    // Asks again until the page's bytes (its tag) change: the background render has stored its replacement.
    private static Task<HttpResponseMessage> WaitForNewCopyAsync(
        HttpClient client, string path, System.Net.Http.Headers.EntityTagHeaderValue old, string? cookie = null, string? hint = null) =>
        Eventually.ValueAsync(() => GetAsync(client, path, cookie, hint), response => !Equals(response.Headers.ETag, old),
            $"a new copy of {path} replaces {old}", LongestWait);

    private async Task<string> SignInCookieAsync()
    {
        await TestAccounts.CreateStudentAsync(fixture.Site.Services, StudentEmail);
        await using (var scope = fixture.Site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CourseUser>>();
            var student = (await users.FindByEmailAsync(StudentEmail))!;
            student.DisplayName = StudentName;
            await users.UpdateAsync(student);
        }

        var cookie = await TestAccounts.SignInCookieAsync(fixture.Site.Services, StudentEmail);
        return $"{cookie.Name}={cookie.Value}";
    }

    // Every header but those set per response (Date), per copy (ETag, and Content-Length: the component markers' escaped
    // ciphertext varies in length from one render to the next) or per visitor (Set-Cookie), and the cache's marker.
    private static SortedDictionary<string, string> HeadersOf(HttpResponseMessage response) =>
        new(response.Headers.Concat(response.Content.Headers)
                .Where(h => h.Key is not ("Date" or "ETag" or "Content-Length" or "Set-Cookie" or PageCacheMiddleware.StatusHeader))
                .ToDictionary(h => h.Key, h => string.Join(", ", h.Value)),
            StringComparer.OrdinalIgnoreCase);
}
