using Course.Web.Components.Search;

namespace Course.Tests.Search;

public sealed class SearchRankingTests
{
    private static CourseSearchIndex Index => SearchTestCourse.ShippedIndex;

    [Theory]
    [InlineData("kubelet", "architecture-noeuds", "kubelet")]
    [InlineData("etcd", "architecture-maitre", "etcd")]
    [InlineData("api server", "architecture-maitre", "api-server")]
    [InlineData("controller manager", "architecture-maitre", "controller-manager")]
    [InlineData("noeud", "architecture-introduction", "les-noeuds-kubernetes")]
    [InlineData("maitre", "architecture-introduction", "le-maitre-kubernetes")]
    [InlineData("nettoyage", "introduction", "nettoyage")]
    public void The_section_named_by_the_query_comes_first(string query, string chapter, string sectionId)
    {
        var first = Index.Search(query).Hits[0].Entry;

        Assert.Equal((chapter, sectionId), (first.ChapterSlug, first.SectionId));
        Assert.False(first.IsQuestion);
    }

    [Fact]
    public void A_section_whose_heading_matches_ranks_above_a_longer_passing_mention()
    {
        var index = SearchTestCourse.IndexOf(
            "## Introduction\n\nOn parle ici du kubelet en passant, puis de bien d’autres choses : pods, services, réseau.\n\n" +
            "## Autre sujet\n\nRien à voir, même avec plusieurs mots et encore des mots.\n\n" +
            "## Le Kubelet\n\nUn agent sur chaque nœud.\n");

        var hits = index.Search("kubelet").Hits;

        Assert.Equal(["le-kubelet", "introduction"], hits.Select(h => h.Entry.SectionId));
    }

    [Fact]
    public void Sections_containing_every_word_rank_above_those_containing_some()
    {
        var hits = Index.Search("kubelet pod").Hits;

        Assert.Equal("kubelet", hits[0].Entry.SectionId);
        Assert.All(hits, h => Assert.Contains("pod", h.Entry.Body, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_last_word_matches_as_a_prefix_while_it_is_being_typed()
    {
        Assert.Contains(Index.Search("planif").Hits, h => h.Entry.SectionId == "scheduler");
        Assert.Equal("kubelet", Index.Search("kubel").Hits[0].Entry.SectionId);
    }

    [Fact]
    public void A_word_followed_by_a_space_is_complete_and_no_longer_a_prefix()
    {
        var index = SearchTestCourse.IndexOf("## Commandes\n\nLa commande kubectl parle au serveur.\n");

        Assert.Single(index.Search("kubec").Hits);
        Assert.Empty(index.Search("kubec ").Hits);
    }
}
