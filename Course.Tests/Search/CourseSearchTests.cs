using Course.Content.Model;
using Course.Content.Synonyms;
using Course.Tests.Infrastructure;
using Course.Web.Components.Search;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Search;

/// <summary>The index is built after start-up: a search sent meanwhile waits for it and answers in full.</summary>
public sealed class CourseSearchTests
{
    [Fact]
    public async Task A_search_sent_while_the_index_is_being_built_answers_in_full_not_empty()
    {
        // The build waits on a gate, so the search is certainly sent while it runs, whatever the machine's load.
        using var buildMayEnd = new ManualResetEventSlim();
        await using var services = new ServiceCollection()
            .AddSingleton(ShippedCourse.Content)
            .AddSingleton(SynonymList.LoadDirectory(ShippedCourse.ChaptersDirectory))
            .AddSingleton(sp =>
            {
                buildMayEnd.Wait(TimeSpan.FromSeconds(30));
                return new CourseSearchIndex(sp.GetRequiredService<CourseContent>(), sp.GetRequiredService<SynonymList>());
            })
            .AddSingleton<CourseSearch>()
            .BuildServiceProvider();
        var search = services.GetRequiredService<CourseSearch>();

        // The first search starts the build (as the start-up warm-up does) and waits for it instead of answering.
        var pending = search.SearchAsync("noeud");
        await Task.Delay(200);
        Assert.False(pending.IsCompleted);
        buildMayEnd.Set();
        var results = await pending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(SearchTestCourse.ShippedIndex.Search("noeud").Total, results.Total);
        Assert.Contains(results.Hits, h => h.Entry.Href == "chapitres/architecture-introduction#les-noeuds-kubernetes");
        Assert.Equal($"{results.Total} résultats pour « noeud ».", SearchStatus.Of(results));
    }
}
