using System.Net;
using Course.Tests.Infrastructure;
using Course.Web.Components.Layout;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Course.Tests.Security;

/// <summary>The security headers on every kind of response: rendered and cached pages, 304s, 404s, static files.</summary>
public sealed class SecurityHeadersTests(InMemorySiteFactory site) : IClassFixture<InMemorySiteFactory>
{
    [Fact]
    public async Task A_page_a_page_cache_hit_a_304_a_404_and_a_static_file_all_carry_the_headers()
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var first = await client.GetAsync("/chapitres/introduction");
        using var hit = await client.GetAsync("/chapitres/introduction");
        Assert.Equal("hit", hit.Headers.GetValues("X-Page-Cache").Single());
        using var revalidation = new HttpRequestMessage(HttpMethod.Get, "/chapitres/introduction");
        revalidation.Headers.TryAddWithoutValidation("If-None-Match", hit.Headers.ETag!.ToString());
        using var notModified = await client.SendAsync(revalidation);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        using var missing = await client.GetAsync("/pas/de/page/ici");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var css = await client.GetAsync("/app.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);

        foreach (var response in new[] { first, hit, notModified, missing, css })
        {
            var what = $"{response.RequestMessage!.RequestUri} ({(int)response.StatusCode})";
            // One policy: Blazor's own frame-ancestors 'self' must not be sent beside it.
            var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", policy);
            // The site's own files and the one inline script every page carries (Layout/RememberedDrawerScript), by hash.
            Assert.Contains($"script-src 'self' {RememberedDrawerScript.CspHashSource};", policy);
            Assert.Contains("object-src 'none'", policy);
            Assert.DoesNotContain("frame-ancestors 'self'", policy);
            Assert.True(Value(response, "X-Content-Type-Options") == "nosniff", what);
            Assert.True(Value(response, "X-Frame-Options") == "DENY", what);
            Assert.True(Value(response, "Referrer-Policy") == "strict-origin-when-cross-origin", what);
            Assert.True(Value(response, "Permissions-Policy")?.Contains("camera=()") == true, what);
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), $"{what}: HSTS over plain HTTP");
        }
    }

    [Fact]
    public async Task Strict_transport_security_is_sent_over_https_and_behind_a_tls_ingress_only()
    {
        using var https = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        using var page = await https.GetAsync("/");
        Assert.Equal("max-age=31536000", Value(page, "Strict-Transport-Security"));

        using var http = site.CreateClient();
        using var forwarded = new HttpRequestMessage(HttpMethod.Get, "/dockercoins");
        forwarded.Headers.Add("X-Forwarded-Proto", "https");
        using var behindIngress = await http.SendAsync(forwarded);
        Assert.Equal("max-age=31536000", Value(behindIngress, "Strict-Transport-Security"));

        using var plain = await http.GetAsync("/dockercoins");
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Cross_origin_opener_policy_isolates_a_signed_in_readers_pages_and_not_the_public_ones()
    {
        const string Email = "coop-reader@example.org";
        await TestAccounts.CreateStudentAsync(site.Services, Email);
        var cookie = await TestAccounts.SignInCookieAsync(site.Services, Email);
        using var anonymous = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var path in new[] { "/chapitres/introduction", "/chapitres/introduction", "/", "/dockercoins", "/progression" })
        {
            using var signedIn = new HttpRequestMessage(HttpMethod.Get, path);
            signedIn.Headers.Add("Cookie", $"{cookie.Name}={cookie.Value}");
            using var reader = await anonymous.SendAsync(signedIn);
            Assert.True(Value(reader, "Cross-Origin-Opener-Policy") == "same-origin", $"{path} ({(int)reader.StatusCode}), signed in");
        }

        // The public course text, the same bytes for everyone (rendered, then a page-cache hit).
        foreach (var path in new[] { "/chapitres/introduction", "/chapitres/introduction", "/", "/dockercoins" })
        {
            using var visitor = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, visitor.StatusCode);
            Assert.False(visitor.Headers.Contains("Cross-Origin-Opener-Policy"), $"{path}, anonymous");
        }
    }

    private static string? Value(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
