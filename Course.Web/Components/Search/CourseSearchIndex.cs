using System.Diagnostics;
using Course.Content.Model;
using Course.Content.Synonyms;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Course.Web.Components.Search;

/// <summary>
/// The course's full-text index, built in memory once at start-up (the course never changes while the site
/// runs) and searched by every circuit and request at once: Lucene's searcher is thread-safe.
/// </summary>
internal sealed class CourseSearchIndex : IDisposable
{
    public const int DefaultMaxHits = 10;

    private readonly FrenchSearchAnalyzer _analyzer = new();
    private readonly RAMDirectory _directory = new();
    private readonly IReadOnlyList<SearchEntry> _entries;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly SearchQueryBuilder _queries;
    private readonly SearchSuggester _suggester;
    private readonly SnippetMaker _snippets;
    private readonly int[] _entryOfDoc;

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
        // Read once: loading stored fields per hit decompresses a whole block each time.
        _entryOfDoc = Enumerable.Range(0, _reader.MaxDoc)
            .Select(d => _reader.Document(d).GetField(SearchFields.Entry).GetInt32Value()!.Value)
            .ToArray();
        _queries = new SearchQueryBuilder(_analyzer, synonyms);
        _suggester = new SearchSuggester(course, synonyms, IsIndexed);
        _snippets = new SnippetMaker(_analyzer, _entries);
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

        var (highlighter, terms) = _snippets.Prepare(_searcher.Rewrite(lucene));
        var hits = top.ScoreDocs
            .Select(d => EntryIndex(d.Doc))
            .Select((entry, i) => new SearchHit(_entries[entry], _snippets.Make(entry, highlighter, terms), top.ScoreDocs[i].Score))
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

    private int EntryIndex(int doc) => _entryOfDoc[doc];

    private static Document ToDocument(SearchEntry entry, int index) =>
    [
        new StoredField(SearchFields.Entry, index),
        new TextField(SearchFields.Heading, entry.Heading, Field.Store.NO),
        new TextField(SearchFields.Body, entry.Body, Field.Store.NO),
        new TextField(SearchFields.ChapterTitle, entry.ChapterTitle, Field.Store.NO),
    ];
}
