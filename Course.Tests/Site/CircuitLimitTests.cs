using System.Net;
using Course.Tests.Infrastructure;
using Course.Web.Components.Cluster.Reporter;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Course.Tests.Site;

/// <summary>One client address opening circuits, on Kestrel, as a script would open hundreds of chapter tabs.</summary>
public sealed class CircuitLimitTests
{
    [Fact]
    public async Task One_address_opening_too_many_circuits_is_refused_in_french_while_pages_still_load()
    {
        await using var site = new LiveSiteFactory()
            .WithSetting("CircuitLimits:PermitLimit", "3")
            .WithSetting("CircuitLimits:Window", "00:01:00");
        using var client = new HttpClient { BaseAddress = site.RootUri };

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 5; i++)
        {
            // Naming another address each time changes nothing: no proxy is trusted, so the header is not believed.
            using var negotiate = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
            negotiate.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            var response = await client.SendAsync(negotiate);
            statuses.Add(response.StatusCode);
            refused ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        // A WebSocket that skips negotiation opens a circuit too.
        using var skipped = await client.GetAsync("/_blazor");
        using var chapter = await client.GetAsync("/chapitres/introduction");

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            statuses);
        Assert.NotNull(refused);
        Assert.Equal("text/plain; charset=utf-8", refused.Content.Headers.ContentType!.ToString());
        Assert.Contains("Trop de pages ouvertes depuis votre adresse", await refused.Content.ReadAsStringAsync());
        Assert.Equal(TimeSpan.FromMinutes(1), refused.Headers.RetryAfter!.Delta);
        Assert.Equal(HttpStatusCode.TooManyRequests, skipped.StatusCode);
        Assert.Equal(HttpStatusCode.OK, chapter.StatusCode);
    }

    [Fact]
    public async Task Behind_a_trusted_ingress_each_student_has_their_own_limit_and_the_reporter_is_sent_to_https()
    {
        // The Ingress's address here is the loopback: the test client plays it and forwards two students.
        await using var site = new LiveSiteFactory()
            .WithSetting("TrustedProxies:Networks:0", "127.0.0.0/8")
            .WithSetting("CircuitLimits:PermitLimit", "2")
            .WithSetting("CircuitLimits:Window", "00:01:00");
        using var client = new HttpClient { BaseAddress = site.RootUri };

        async Task<HttpStatusCode> NegotiateAsync(string student)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
            request.Headers.Add("X-Forwarded-For", student);
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }

        var first = new[] { await NegotiateAsync("203.0.113.5"), await NegotiateAsync("203.0.113.5"), await NegotiateAsync("203.0.113.5") };
        var second = await NegotiateAsync("203.0.113.6");

        // TLS ends at the Ingress: the lab reporter's manifest must send the student's cluster to https, not http.
        var userId = await TestAccounts.CreateStudentAsync(site.Services, "derriere-ingress@example.org");
        var token = await site.Services.GetRequiredService<LabTokens>().IssueAsync(userId);
        using var manifest = new HttpRequestMessage(HttpMethod.Get, $"/labo/agent.yaml?jeton={Uri.EscapeDataString(token)}");
        manifest.Headers.Host = "cours.example.test";
        manifest.Headers.Add("X-Forwarded-For", "203.0.113.5");
        manifest.Headers.Add("X-Forwarded-Proto", "https");
        using var yaml = await client.SendAsync(manifest);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.Equal(HttpStatusCode.OK, yaml.StatusCode);
        Assert.Contains("https://cours.example.test", await yaml.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("TrustedProxies:Networks:0", "l'ingress")]
    [InlineData("CircuitLimits:PermitLimit", "0")]
    [InlineData("CircuitLimits:Window", "00:00:00")]
    public void The_site_refuses_to_start_with_an_impossible_limit_and_names_the_setting(string key, string value)
    {
        using var site = new InMemorySiteFactory().With(key, value);

        var exception = Record.Exception(() => site.CreateClient());

        while (exception is { InnerException: not null } and not OptionsValidationException)
        {
            exception = exception.InnerException;
        }

        Assert.Contains(key, Assert.IsType<OptionsValidationException>(exception).Message);
    }
}
