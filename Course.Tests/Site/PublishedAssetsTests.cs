using System.Text.RegularExpressions;

namespace Course.Tests.Site;

/// <summary>
/// A published site in Production must find its static files: without them the course shows up unstyled and never
/// becomes interactive, although every page still answers 200.
/// </summary>
public sealed partial class PublishedAssetsTests(PublishedSiteFixture site) : IClassFixture<PublishedSiteFixture>
{
    [Theory]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", "text/css")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js", "text/javascript")]
    [InlineData("/_framework/blazor.web.js", "text/javascript")]
    public async Task Published_site_serves_static_asset(string path, string contentType)
    {
        using var response = await site.Client.GetAsync(path);

        Assert.True(200 == (int)response.StatusCode, $"GET {path} answered {(int)response.StatusCode}.\n{site.Output}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1_000, $"{path} is nearly empty.");
    }

    [Fact]
    public async Task Published_home_page_is_html_whose_stylesheets_and_scripts_all_load()
    {
        using var response = await site.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var assets = ReferencedAssets(html);
        Assert.Contains(assets, url => url.Contains("_framework/blazor.web", StringComparison.Ordinal));
        Assert.Contains(assets, url => url.EndsWith(".css", StringComparison.Ordinal));
        foreach (var url in assets.Where(url => !url.StartsWith("http", StringComparison.Ordinal)))
        {
            using var asset = await site.Client.GetAsync(url.TrimStart('/'));
            Assert.True(200 == (int)asset.StatusCode, $"The home page references {url}, which answers {(int)asset.StatusCode}.");
        }
    }

    // The href of each <link rel="stylesheet"> and the src of each <script>, attributes in any order.
    private static List<string> ReferencedAssets(string html) =>
    [
        .. LinkTag().Matches(html).Select(tag => tag.Value)
            .Where(tag => tag.Contains("rel=\"stylesheet\"", StringComparison.Ordinal))
            .Select(tag => Attribute("href").Match(tag).Groups["value"].Value),
        .. ScriptTag().Matches(html).Select(tag => Attribute("src").Match(tag.Value).Groups["value"].Value)
            .Where(source => source.Length > 0),
    ];

    private static Regex Attribute(string name) => new($"\\s{name}=\"(?<value>[^\"]+)\"");

    [GeneratedRegex("<link\\s[^>]*>")]
    private static partial Regex LinkTag();

    [GeneratedRegex("<script\\s[^>]*>")]
    private static partial Regex ScriptTag();
}
