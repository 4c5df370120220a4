using System.Net;
using Course.Tests.Infrastructure;
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
            var response = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null);
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

    [Theory]
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
