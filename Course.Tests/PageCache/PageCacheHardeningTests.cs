using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Course.Tests.Infrastructure;
using Course.Web.Components.PageCache;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Course.Tests.PageCache;

/// <summary>The page cache as a hostile visitor meets it: the published middleware on Kestrel, in Production.</summary>
public sealed partial class PageCacheHardeningTests(ProductionSiteFixture fixture, ITestOutputHelper output)
    : IClassFixture<ProductionSiteFixture>
{
    [Theory]
    [InlineData("/CHAPITRES/Introduction", "/chapitres/introduction")]
    [InlineData("/chapitres/Introduction/", "/chapitres/introduction")]
    [InlineData("/chapitres/introduction/", "/chapitres/introduction")]
    [InlineData("/chapitres/introduction?utm_source=x", "/chapitres/introduction")]
    [InlineData("/?page=2", "/")]
    [InlineData("/Chapitres/introduction", "/chapitres/introduction")]
    [InlineData("/chapitres/INTRODUCTION", "/chapitres/introduction")]
    [InlineData("/chapitres//introduction", "/chapitres/introduction")]
    public async Task Every_other_form_of_a_page_address_answers_301_to_the_canonical_one(string requested, string canonical)
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(requested);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(canonical, response.Headers.Location!.OriginalString);
        Assert.False(response.Headers.Contains(PageCacheMiddleware.StatusHeader));
    }

    [Fact]
    public void The_allocation_free_canonical_check_agrees_with_the_canonical_address_on_every_form()
    {
        var slugs = ShippedCourse.Content.Chapters.Select(c => $"/chapitres/{c.Slug}");
        string[] odd = ["/", "", "/chapitres", "/chapitres/", "/chapitres//x", "/chapitres/a/b", "/chapitres/é", "/chapitres/É",
            "/chapitresx/y", "/CHAPITRES/x", "/dockercoins", "/chapitres/x/"];

        foreach (var path in slugs.Concat(odd).Concat(HostilePaths(500).Select(p => p.Split('?')[0])))
        {
            var pathString = new PathString(path.Length == 0 ? null : path);
            Assert.True(
                CanonicalPageUrl.IsCanonical(pathString) == (CanonicalPageUrl.Canonical(pathString) == pathString.Value),
                $"IsCanonical disagrees with Canonical on \"{path}\"");
        }
    }

    [Fact]
    public async Task Five_thousand_hostile_addresses_leave_the_store_within_its_caps()
    {
        var store = fixture.Site.Services.GetRequiredService<PageCacheStore>();
        var paths = HostilePaths(5_000).ToList();
        var statuses = new Dictionary<HttpStatusCode, int>();

        // Four clients at once, as a small script would flood it.
        await Parallel.ForEachAsync(paths, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (path, _) =>
        {
            using var client = fixture.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            if (path.GetHashCode() % 2 == 0)
            {
                request.Headers.Add("Cookie", "course-theme=dark");
            }

            using var response = await client.SendAsync(request);
            lock (statuses)
            {
                statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            }
        });

        output.WriteLine($"{string.Join(", ", statuses.Select(s => $"{(int)s.Key}: {s.Value}"))}; store: {store.Count} pages, {store.Bytes} bytes");
        Assert.Equal(paths.Count, statuses.GetValueOrDefault(HttpStatusCode.MovedPermanently) + statuses.GetValueOrDefault(HttpStatusCode.NotFound));
        Assert.InRange(store.Count, 0, ProductionSiteFixture.MaxEntries);
        Assert.InRange(store.Bytes, 0, ProductionSiteFixture.MaxBytes);
    }

    [Fact]
    public async Task A_hit_carries_every_header_the_miss_carried_except_set_cookie()
    {
        using var client = fixture.CreateClient();
        using var miss = await GetAsync(client, "/chapitres/concepts-kubernetes", theme: "dark");
        using var hit = await GetAsync(client, "/chapitres/concepts-kubernetes", theme: "dark");

        Assert.Equal("miss", miss.Headers.GetValues(PageCacheMiddleware.StatusHeader).Single());
        Assert.Equal("hit", hit.Headers.GetValues(PageCacheMiddleware.StatusHeader).Single());
        var missHeaders = HeadersOf(miss);
        var hitHeaders = HeadersOf(hit);
        output.WriteLine(string.Join("\n", missHeaders.Select(h => $"{h.Key}: {h.Value}")));
        Assert.Contains("Content-Security-Policy", missHeaders.Keys);
        Assert.Contains("X-Frame-Options", missHeaders.Keys);
        Assert.Equal(missHeaders, hitHeaders);
        Assert.False(hit.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task A_cached_page_persists_no_per_visitor_state()
    {
        using var client = fixture.CreateClient();
        await GetAsync(client, "/chapitres/introduction", theme: null);
        using var hit = await GetAsync(client, "/chapitres/introduction", theme: null);
        var html = await hit.Content.ReadAsStringAsync();

        var match = PersistedState().Match(html);
        Assert.True(match.Success, "the chapter page persists its component state");
        var protector = fixture.Site.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector("Microsoft.AspNetCore.Components.Server.State");
        var json = protector.Unprotect(Convert.FromBase64String(match.Groups[1].Value));
        var state = JsonSerializer.Deserialize<Dictionary<string, byte[]>>(json)!;
        output.WriteLine(string.Join("\n", state.Select(s => $"{s.Key} = {Encoding.UTF8.GetString(s.Value)}")));

        // The theme is per page copy (the cache keeps one per theme) and the registry lists service types; nothing
        // else may be persisted, above all not a token minted for the visitor whose request rendered the page.
        Assert.All(state, entry => Assert.True(
            AllowedState.Contains(entry.Key),
            $"persisted state '{entry.Key}' = {Encoding.UTF8.GetString(entry.Value)} is not on the allow-list"));
        // A static chapter page carries its theme in its markup (one copy per theme); a page that persists the theme
        // persists the copy's own.
        if (state.TryGetValue("course-theme-dark", out var dark))
        {
            Assert.Equal("false", Encoding.UTF8.GetString(dark));
        }

        Assert.False(hit.Headers.Contains("Set-Cookie"));
    }

    [Theory]
    [InlineData("/not-found", HttpStatusCode.NotFound, "Page introuvable")]
    [InlineData("/Error", HttpStatusCode.InternalServerError, "Une erreur s")]
    public async Task The_error_pages_requested_directly_answer_their_status(string path, HttpStatusCode expected, string text)
    {
        using var client = fixture.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains(text, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static readonly HashSet<string> AllowedState =
    [
        "course-theme-dark",
        "Microsoft.AspNetCore.Components.Infrastructure.PersistentServicesRegistry",
    ];

    private static IEnumerable<string> HostilePaths(int count)
    {
        var random = new Random(8);
        var slugs = ShippedCourse.Content.Chapters.Select(c => c.Slug).ToArray();
        for (var i = 0; i < count; i++)
        {
            var slug = slugs[i % slugs.Length];
            var cased = new string([.. slug.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : c)]);
            yield return (i % 10) switch
            {
                0 => $"/chapitres/{slug}/",
                1 => $"/chapitres/{slug}?v={i}",
                2 => $"/chapitres/inconnu-{i}",
                3 => $"/?v={i}",
                _ => $"/Chapitres/{cased}",
            };
        }
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? theme)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (theme is not null)
        {
            request.Headers.Add("Cookie", $"course-theme={theme}");
        }

        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response;
    }

    // Every header but those set per response (Date) or per visitor (Set-Cookie), and the cache's own marker.
    private static SortedDictionary<string, string> HeadersOf(HttpResponseMessage response) =>
        new(response.Headers.Concat(response.Content.Headers)
                .Where(h => h.Key is not ("Date" or "Set-Cookie" or PageCacheMiddleware.StatusHeader))
                .ToDictionary(h => h.Key, h => string.Join(", ", h.Value)),
            StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex("<!--Blazor-Server-Component-State:([^-]+)-->")]
    private static partial Regex PersistedState();
}
