using Course.Web.Components.Search;

namespace Course.Tests.Search;

public sealed class SearchSynonymTests
{
    private static CourseSearchIndex Index => SearchTestCourse.ShippedIndex;

    [Theory]
    [InlineData("ordonnanceur", "scheduler")]
    [InlineData("planificateur", "scheduler")]
    [InlineData("scheduler", "scheduler")]
    [InlineData("nodes", "les-noeuds-kubernetes")]
    [InlineData("container runtime", "container-runtime")]
    public void A_word_and_its_synonyms_lead_to_the_same_section(string query, string sectionId)
    {
        var results = Index.Search(query);

        Assert.NotEmpty(results.Hits);
        Assert.Equal(sectionId, results.Hits[0].Entry.SectionId);
    }

    [Fact]
    public void A_multi_word_synonym_finds_what_its_group_names()
    {
        // Neither "plan de contrôle" nor "control plane" appears in the course; "maître" does.
        var french = Index.Search("plan de contrôle");
        var english = Index.Search("control plane");

        Assert.NotEmpty(french.Hits);
        Assert.Equal(french.Hits.Select(h => h.Entry), english.Hits.Select(h => h.Entry));
        Assert.Contains(french.Hits.Take(3), h => h.Entry.SectionId == "le-maitre-kubernetes");
    }

    [Fact]
    public void Synonyms_apply_to_queries_in_both_directions()
    {
        var index = SearchTestCourse.IndexOf(
            "## Premier\n\nLe travailleur calcule.\n\n## Second\n\nThe worker computes.\n",
            "worker, travailleur\n");

        Assert.Equal(["premier", "second"], index.Search("worker").Hits.Select(h => h.Entry.SectionId).Order());
        Assert.Equal(["premier", "second"], index.Search("travailleur").Hits.Select(h => h.Entry.SectionId).Order());
    }

    [Fact]
    public void Without_the_synonym_list_a_word_finds_only_itself()
    {
        var index = SearchTestCourse.IndexOf("## Premier\n\nLe travailleur calcule.\n\n## Second\n\nThe worker computes.\n");

        Assert.Equal(["second"], index.Search("worker").Hits.Select(h => h.Entry.SectionId));
    }
}
