using Course.Web.Components.Search;

namespace Course.Tests.Search;

/// <summary>Whatever a student types is text: Lucene's query syntax has no meaning and never raises an error.</summary>
public sealed class SearchQueryEscapingTests
{
    private static CourseSearchIndex Index => SearchTestCourse.ShippedIndex;

    public static TheoryData<string> LuceneSyntax => new(
        "kube-proxy", "\"", "\"kubelet", "*", "kube*", "?", ":", "etcd:", "title:etcd", "(", ")", "(etcd", "[", "]", "{", "}",
        "AND", "OR", "NOT", "kubelet AND", "AND etcd", "NOT etcd", "||", "&&", "!", "^", "etcd^4", "~", "kubelet~2", "\\",
        "/", "/regex/", "+", "-", "-etcd", "+etcd", "a:b:c", "\"unbalanced", "[1 TO 5]", "*:*", "'", "’", "&lt;", "<script>");

    [Theory]
    [MemberData(nameof(LuceneSyntax))]
    public void Query_syntax_characters_never_cause_an_error(string query)
    {
        var results = Index.Search(query);

        Assert.NotNull(results);
        Assert.Equal(query.Trim(), results.Query);
    }

    [Theory]
    [InlineData("kube-proxy")]
    [InlineData("Kube-proxy")]
    [InlineData("\"kube-proxy\"")]
    [InlineData("kube-proxy:")]
    [InlineData("(kube-proxy)")]
    public void Kube_proxy_with_punctuation_around_it_finds_its_section(string query)
    {
        var results = Index.Search(query);

        Assert.Equal("kube-proxy", results.Hits[0].Entry.SectionId);
    }

    [Fact]
    public void An_operator_word_does_not_filter_out_results()
    {
        var results = Index.Search("kubelet AND etcd");

        Assert.Contains(results.Hits, h => h.Entry.SectionId == "kubelet");
        Assert.Contains(results.Hits, h => h.Entry.SectionId == "etcd");
    }

    [Fact]
    public void A_wildcard_is_not_a_wildcard()
    {
        Assert.Empty(Index.Search("*").Hits);
        Assert.Empty(Index.Search("*:*").Hits);
    }

    [Fact]
    public void Stop_words_alone_and_blank_input_find_nothing_without_error()
    {
        Assert.Empty(Index.Search("   ").Hits);
        Assert.Empty(Index.Search("le la les").Hits);
    }

    [Fact]
    public void Very_long_input_is_cut_to_the_maximum_length()
    {
        var results = Index.Search(string.Concat(Enumerable.Repeat("kubelet ", 500)));

        Assert.Equal(SearchQueryBuilder.MaxQueryLength, results.Query.Length);
        Assert.Equal("kubelet", results.Hits[0].Entry.SectionId);
    }
}
