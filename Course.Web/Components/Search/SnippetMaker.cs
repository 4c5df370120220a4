using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Course.Web.Components.Search;

/// <summary>
/// Cuts the snippet of a result around the first matched word, then lets Lucene's highlighter escape and mark that
/// window only. Where each word starts is computed once per entry at start-up, so a query analyzes a few dozen
/// words per result instead of whole sections: with 50 results, highlighting whole sections cost most of the query.
/// </summary>
internal sealed class SnippetMaker
{
    public const int Length = 180;
    private const int Lead = 50;

    private readonly FrenchSearchAnalyzer _analyzer;
    private readonly IReadOnlyList<SearchEntry> _entries;
    private readonly (string Term, int Start)[][] _tokens;

    public SnippetMaker(FrenchSearchAnalyzer analyzer, IReadOnlyList<SearchEntry> entries)
    {
        _analyzer = analyzer;
        _entries = entries;
        _tokens = entries.Select(e => Tokenize(e.Snippet)).ToArray();
    }

    /// <summary>Returns a highlighter and the body terms of <paramref name="rewritten"/> (a query with prefixes expanded).</summary>
    public (Highlighter Highlighter, HashSet<string> Terms) Prepare(Query rewritten)
    {
        var terms = QueryTermExtractor.GetTerms(rewritten, false, SearchFields.Body).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var highlighter = new Highlighter(
            new SimpleHTMLFormatter("<mark>", "</mark>"), SnippetEncoder.Instance, new QueryTermScorer(rewritten, SearchFields.Body))
        {
            // The window is the fragment: every match in it is marked.
            TextFragmenter = new NullFragmenter(),
        };
        return (highlighter, terms);
    }

    /// <summary>Escaped snippet HTML of entry <paramref name="index"/> with the matched words in <c>&lt;mark&gt;</c>.</summary>
    public string Make(int index, Highlighter highlighter, HashSet<string> terms)
    {
        var text = _entries[index].Snippet;
        var first = Array.FindIndex(_tokens[index], t => terms.Contains(t.Term));
        var start = first < 0 ? 0 : WordStartBefore(text, Math.Max(0, _tokens[index][first].Start - Lead));
        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end - 1, end - start);
            end = space > start ? space : end;
        }

        var window = text[start..end];
        var marked = first < 0 ? null : highlighter.GetBestFragment(_analyzer, SearchFields.Body, window);
        var html = string.IsNullOrEmpty(marked) ? SnippetEncoder.Instance.EncodeText(window) : marked;
        return (start > 0 ? "… " : "") + html.Trim() + (end < text.Length ? " …" : "");
    }

    private static int WordStartBefore(string text, int at)
    {
        if (at == 0)
        {
            return 0;
        }

        var space = text.LastIndexOf(' ', at);
        return space < 0 ? 0 : space + 1;
    }

    private (string Term, int Start)[] Tokenize(string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = _analyzer.GetTokenStream(SearchFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset));
        }

        stream.End();
        return [.. tokens];
    }
}
