using System.Net;
using AngleSharp.Html.Parser;
using Course.Tests.Infrastructure;

namespace Course.Tests.Search;

/// <summary>/recherche as a browser without a circuit receives it: results are in the first HTML.</summary>
public sealed class SearchPageTests(InMemorySiteFactory site) : IClassFixture<InMemorySiteFactory>
{
    [Fact]
    public async Task A_query_in_the_address_is_answered_with_linked_highlighted_results()
    {
        var (status, html) = await GetAsync("/recherche?q=noeud");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<title>Recherche : noeud — Découvrir Kubernetes</title>", html);
        var results = Parse(html).QuerySelectorAll("main [data-search-result]");
        Assert.Contains(results, a => a.GetAttribute("href") == "/chapitres/architecture-introduction#les-noeuds-kubernetes");
        Assert.Contains("<mark>nœuds</mark>", html, StringComparison.OrdinalIgnoreCase);
        Assert.EndsWith("résultats pour « noeud ».", Parse(html).QuerySelector("main [role=status]")?.TextContent);
        Assert.Contains("value=\"noeud\"", html);
    }

    [Fact]
    public async Task Nothing_found_says_aucun_resultat_and_offers_suggestions()
    {
        var (status, html) = await GetAsync("/recherche?q=zzxqwv");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Aucun résultat pour « zzxqwv ».", Parse(html).QuerySelector("main [role=status]")?.TextContent);
        Assert.Contains("data-search-suggestion", html);
        Assert.DoesNotContain("data-search-result", html);
    }

    [Theory]
    [InlineData("kube-proxy")]
    [InlineData("%22kubelet")]
    [InlineData("*")]
    [InlineData("etcd%3A")]
    [InlineData("(etcd")]
    [InlineData("kubelet%20AND")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task Query_syntax_in_the_address_is_searched_as_text(string q)
    {
        var (status, html) = await GetAsync($"/recherche?q={q}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("role=\"status\"", html);
    }

    [Fact]
    public async Task Without_a_query_the_page_shows_only_the_form()
    {
        var (status, html) = await GetAsync("/recherche");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Mots recherchés", Parse(html).QuerySelector("label[for='search-page-input']")?.TextContent);
        Assert.DoesNotContain("data-search-result", html);
        Assert.DoesNotContain("Aucun résultat", html);
    }

    [Fact]
    public async Task Every_page_has_the_app_bar_search_form_even_when_served_from_the_cache()
    {
        foreach (var attempt in new[] { "rendered", "cached" })
        {
            var (_, html) = await GetAsync("/chapitres/architecture-noeuds");

            var document = Parse(html);
            Assert.True(document.QuerySelector("header form[role=search][action=recherche] input[name=q]") is not null, attempt);
            Assert.Equal("Rechercher dans le cours", document.QuerySelector("label[for='course-search-input']")?.TextContent);
        }
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
