using System.Diagnostics;
using Course.Content.Model;
using Course.Content.Synonyms;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Store;

namespace Course.Web.Components.Search;

/// <summary>
/// The course's full-text index, built in memory once at start-up (the course never changes while the site
/// runs) and searched by every circuit and request at once: Lucene's searcher is thread-safe.
/// </summary>
internal sealed class CourseSearchIndex : IDisposable
{
    public const int DefaultMaxHits = 10;
    private const int SnippetLength = 160;

    private readonly FrenchSearchAnalyzer _analyzer = new();
    private readonly RAMDirectory _directory = new();
    private readonly IReadOnlyList<SearchEntry> _entries;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly SearchQueryBuilder _queries;
    private readonly SearchSuggester _suggester;

    public CourseSearchIndex(CourseContent course, SynonymList synonyms)
    {
        var clock = Stopwatch.StartNew();
        _entries = SearchEntries.Of(course);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(FrenchSearchAnalyzer.Version, _analyzer)))
        {
            for (var i = 0; i < _entries.Count; i++)
            {
                writer.AddDocument(ToDocument(_entries[i], i));
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
        _queries = new SearchQueryBuilder(_analyzer, synonyms);
        _suggester = new SearchSuggester(course, synonyms, IsIndexed);
        BuildTime = clock.Elapsed;
    }

    /// <summary>How long building the index took, logged at start-up and read by the benchmark.</summary>
    public TimeSpan BuildTime { get; }

    public int DocumentCount => _entries.Count;

    /// <summary>Searches the course; never throws on what a student types.</summary>
    public SearchResults Search(string text, int maxHits = DefaultMaxHits)
    {
        // The builder sees the text as typed: a trailing space tells it the last word is complete.
        var query = SearchQueryBuilder.Normalize(text);
        var (lucene, top) = Run(text, requireAll: true, maxHits);
        if (top.TotalHits == 0 && _queries.CountConcepts(query) > 1)
        {
            // "kubelet AND etcd": no section has every word, so show those with the most of them.
            (lucene, top) = Run(text, requireAll: false, maxHits);
        }

        if (lucene is null || top.TotalHits == 0)
        {
            return new SearchResults(query, [], query.Length == 0 ? [] : _suggester.Suggest(query));
        }

        var highlighter = NewHighlighter(lucene);
        var hits = top.ScoreDocs
            .Select(d => ToHit(_entries[EntryIndex(d.Doc)], d.Score, highlighter))
            .ToList();
        return new SearchResults(query, hits, []) { Total = top.TotalHits };
    }

    /// <summary>True when every term of <paramref name="word"/> occurs in some heading or text.</summary>
    public bool IsIndexed(string word)
    {
        var terms = AnalyzedTerms.Of(_analyzer, word);
        return terms.Count > 0 && terms.All(t =>
            _reader.DocFreq(new Term(SearchFields.Body, t)) + _reader.DocFreq(new Term(SearchFields.Heading, t)) > 0);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private (Query? Query, TopDocs Top) Run(string text, bool requireAll, int maxHits)
    {
        var query = _queries.Build(text, requireAll);
        return query is null ? (null, new TopDocs(0, [], float.NaN)) : (query, _searcher.Search(query, maxHits));
    }

    private int EntryIndex(int doc) => _searcher.Doc(doc).GetField(SearchFields.Entry).GetInt32Value()!.Value;

    private Highlighter NewHighlighter(Query query)
    {
        // Term-level highlighting of the rewritten query (prefixes expanded to the words they matched): the span
        // scorer re-indexes each snippet in memory to find prefixes, several times slower for the same marks.
        // The encoder escapes the section text, then the formatter adds <mark>: nothing from the content is raw HTML.
        var scorer = new QueryTermScorer(_searcher.Rewrite(query), SearchFields.Body);
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), SnippetEncoder.Instance, scorer)
        {
            TextFragmenter = new SimpleFragmenter(SnippetLength),
        };
    }

    private SearchHit ToHit(SearchEntry entry, float score, Highlighter highlighter)
    {
        var snippet = highlighter.GetBestFragment(_analyzer, SearchFields.Body, entry.Snippet);
        if (string.IsNullOrWhiteSpace(snippet))
        {
            snippet = SnippetEncoder.Instance.EncodeText(Shorten(entry.Snippet));
        }

        return new SearchHit(entry, snippet.Trim(), score);
    }

    private static string Shorten(string text)
    {
        if (text.Length <= SnippetLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', SnippetLength);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : SnippetLength), " …");
    }

    private static Document ToDocument(SearchEntry entry, int index) =>
    [
        new StoredField(SearchFields.Entry, index),
        new TextField(SearchFields.Heading, entry.Heading, Field.Store.NO),
        new TextField(SearchFields.Body, entry.Body, Field.Store.NO),
        new TextField(SearchFields.ChapterTitle, entry.ChapterTitle, Field.Store.NO),
    ];
}
