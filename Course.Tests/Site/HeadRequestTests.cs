using System.Net;
using Course.Tests.Infrastructure;

namespace Course.Tests.Site;

/// <summary>HEAD answers like GET without a body, on Kestrel as in production, for cached and uncached pages alike.</summary>
public sealed class HeadRequestTests(HeadRequestTests.ProductionSite fixture) : IClassFixture<HeadRequestTests.ProductionSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/chapitres/introduction")]
    [InlineData("/dockercoins")]
    [InlineData("/recherche")]
    [InlineData("/compte/connexion")]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/chapitres/absent")]
    [InlineData("/favicon.svg")]
    public async Task Head_answers_like_get_without_a_body(string path)
    {
        using var client = new HttpClient { BaseAddress = fixture.Site.RootUri };

        // Each path is asked once in this class: the first HEAD of a course page renders it into the page cache, the second is served from it.
        using var headFirst = await SendAsync(client, HttpMethod.Head, path);
        using var headSecond = await SendAsync(client, HttpMethod.Head, path);
        using var get = await SendAsync(client, HttpMethod.Get, path);
        var getBody = await get.Content.ReadAsByteArrayAsync();

        foreach (var head in new[] { headFirst, headSecond })
        {
            Assert.Equal(get.StatusCode, head.StatusCode);
            Assert.NotEqual(HttpStatusCode.MethodNotAllowed, head.StatusCode);
            Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }

        Assert.NotEmpty(getBody);
    }

    [Theory]
    [InlineData("/chapitres/concepts-kubernetes")]
    [InlineData("/favicon.svg")]
    public async Task Head_gives_the_length_of_a_cached_page_or_a_static_file(string path)
    {
        using var client = new HttpClient { BaseAddress = fixture.Site.RootUri };
        using var get = await SendAsync(client, HttpMethod.Get, path);

        using var head = await SendAsync(client, HttpMethod.Head, path);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.True(head.Content.Headers.NonValidated.TryGetValues("Content-Length", out var length));
        Assert.Equal((await get.Content.ReadAsByteArrayAsync()).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), length.ToString());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_of_a_cached_chapter_is_served_from_the_cache_and_other_methods_are_still_refused()
    {
        using var client = new HttpClient { BaseAddress = fixture.Site.RootUri };
        using var get = await SendAsync(client, HttpMethod.Get, "/chapitres/architecture-noeuds");

        using var head = await SendAsync(client, HttpMethod.Head, "/chapitres/architecture-noeuds");
        using var delete = await SendAsync(client, HttpMethod.Delete, "/chapitres/architecture-noeuds");

        Assert.Equal("hit", head.Headers.GetValues("X-Page-Cache").Single());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path) =>
        client.SendAsync(new HttpRequestMessage(method, path));

    /// <summary>One production-mode site on Kestrel for the class (HEAD semantics are the server's).</summary>
    public sealed class ProductionSite : IAsyncLifetime
    {
        public LiveSiteFactory Site { get; } = new() { EnvironmentName = "Production" };

        public Task InitializeAsync()
        {
            _ = Site.RootUri;
            return Task.CompletedTask;
        }

        public Task DisposeAsync() => Site.DisposeAsync().AsTask();
    }
}
