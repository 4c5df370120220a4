using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.Search;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Search;

public sealed class SearchBoxTests() : ComponentTestContext(services => services.AddSingleton(SearchTestCourse.ShippedIndex).AddSingleton<CourseSearch>())
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public void Without_a_circuit_it_is_a_labelled_get_form_to_the_search_page()
    {
        var box = Render<SearchBox>();

        var form = box.Find("form[role=search]");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("recherche", form.GetAttribute("action"));
        var input = box.Find("input[data-search-input]");
        Assert.Equal("q", input.GetAttribute("name"));
        Assert.Equal("search", input.GetAttribute("type"));
        Assert.Equal("Rechercher dans le cours", box.Find($"label[for='{input.Id}']").TextContent);
        Assert.Equal("/", input.GetAttribute("aria-keyshortcuts"));
        Assert.NotNull(box.Find("[data-search-panel]").GetAttribute("hidden"));
        Assert.Equal("", box.Find("[role=status]").TextContent);
    }

    [Fact]
    public void Typing_shows_linked_results_after_a_pause_and_announces_their_number()
    {
        var box = Render<SearchBox>();

        box.Find("input").Input("noeud");

        box.WaitForAssertion(() => Assert.NotEmpty(box.FindAll("[data-search-result]")), Wait);
        var links = box.FindAll("[data-search-result]");
        Assert.Contains(links, a => a.GetAttribute("href") == "/chapitres/architecture-introduction#les-noeuds-kubernetes");
        Assert.All(links, a => Assert.StartsWith("/chapitres/", a.GetAttribute("href")));
        Assert.Contains(box.FindAll("[data-search-result] mark"), m => m.TextContent.Equals("nœud", StringComparison.OrdinalIgnoreCase));
        Assert.Null(box.Find("[data-search-panel]").GetAttribute("hidden"));
        var total = SearchTestCourse.ShippedIndex.Search("noeud").Total;
        Assert.Equal($"{total} résultats pour « noeud ».", box.Find("[role=status]").TextContent);
        Assert.True(links.Count <= 8);
        Assert.Contains($"({total})", box.Find(".course-search__all").TextContent);
    }

    [Fact]
    public void Results_wait_for_the_student_to_pause()
    {
        var box = Render<SearchBox>();

        box.Find("input").Input("kubelet");

        // Within the debounce delay nothing is searched yet.
        Assert.Empty(box.FindAll("[data-search-result]"));
        box.WaitForAssertion(() => Assert.NotEmpty(box.FindAll("[data-search-result]")), Wait);
    }

    [Fact]
    public void A_query_without_results_says_so_and_suggests_close_words()
    {
        var box = Render<SearchBox>();

        box.Find("input").Input("kublet");

        box.WaitForAssertion(() => Assert.Contains("Aucun résultat pour « kublet ».", box.Find("[data-search-panel]").TextContent), Wait);
        Assert.Equal("Aucun résultat pour « kublet ».", box.Find("[role=status]").TextContent);
        var suggestion = box.Find("[data-search-suggestion]");
        Assert.Equal("kubelet", suggestion.TextContent);
        Assert.Equal("recherche?q=kubelet", suggestion.GetAttribute("href"));
    }

    [Fact]
    public void Escape_closes_the_results()
    {
        var box = Render<SearchBox>();
        box.Find("input").Input("etcd");
        box.WaitForAssertion(() => Assert.NotEmpty(box.FindAll("[data-search-result]")), Wait);

        box.Find("input").KeyDown(new KeyboardEventArgs { Key = "Escape" });

        box.WaitForAssertion(() => Assert.Empty(box.FindAll("[data-search-result]")), Wait);
        Assert.NotNull(box.Find("[data-search-panel]").GetAttribute("hidden"));
    }

    [Fact]
    public void Submitting_opens_the_search_page_for_the_query()
    {
        var box = Render<SearchBox>();
        box.Find("input").Input("plan de contrôle");

        box.Find("form").Submit();

        var navigation = Services.GetRequiredService<NavigationManager>();
        Assert.Equal("http://localhost/recherche?q=plan%20de%20contr%C3%B4le", navigation.Uri);
    }

    [Fact]
    public void Opening_a_result_closes_the_results_and_clears_the_field()
    {
        var box = Render<SearchBox>();
        box.Find("input").Input("etcd");
        box.WaitForAssertion(() => Assert.NotEmpty(box.FindAll("[data-search-result]")), Wait);

        Services.GetRequiredService<NavigationManager>().NavigateTo("/chapitres/architecture-maitre#etcd");

        box.WaitForAssertion(() => Assert.Empty(box.FindAll("[data-search-result]")), Wait);
        Assert.Equal("", box.Find("input").GetAttribute("value"));
    }
}
