using Course.Content.Synonyms;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Course.Web.Components.Search;

/// <summary>
/// Turns what a student typed into a Lucene query without any query syntax: the text is only analyzed, so
/// "kube-proxy", quotes, "*", ":" or "AND" are words like any other and can never make a query fail. Each word
/// (or synonym phrase, such as "plan de contrôle") becomes one concept, matched in the heading, the body or the
/// chapter title, and widened to its synonym group.
/// </summary>
internal sealed class SearchQueryBuilder
{
    /// <summary>Longer input is cut: nobody types more, and it bounds the work per query.</summary>
    public const int MaxQueryLength = 200;

    private const int MaxConcepts = 12;
    private const int MinPrefixLength = 3;

    private readonly FrenchSearchAnalyzer _analyzer;
    private readonly Dictionary<string, int> _phraseGroups = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<string[]>> _groups = [];
    private readonly int _longestPhrase;

    public SearchQueryBuilder(FrenchSearchAnalyzer analyzer, SynonymList synonyms)
    {
        _analyzer = analyzer;
        foreach (var group in synonyms.Groups)
        {
            var phrases = group.Terms
                .Select(t => AnalyzedTerms.Of(analyzer, t).ToArray())
                .Where(p => p.Length > 0)
                .DistinctBy(Key)
                .ToList();
            foreach (var phrase in phrases)
            {
                // A term in two groups keeps its first group: the file is read top down.
                _phraseGroups.TryAdd(Key(phrase), _groups.Count);
                _longestPhrase = Math.Max(_longestPhrase, phrase.Length);
            }

            _groups.Add(phrases);
        }
    }

    /// <summary>The query for <paramref name="text"/>, or null when nothing searchable is left (only stop words).</summary>
    /// <param name="text">The text as typed.</param>
    /// <param name="requireAll">True: every concept must match; false: any may, more matches rank higher.</param>
    public Query? Build(string text, bool requireAll)
    {
        var concepts = Concepts(Normalize(text));
        if (concepts.Count == 0)
        {
            return null;
        }

        // While the student types the last word, "planif" should already find "planificateur".
        var typingLastWord = text.Length > 0 && !char.IsWhiteSpace(text[^1]);
        var query = new BooleanQuery();
        for (var i = 0; i < concepts.Count; i++)
        {
            var prefix = typingLastWord && i == concepts.Count - 1;
            query.Add(ConceptQuery(concepts[i], prefix), requireAll ? Occur.MUST : Occur.SHOULD);
        }

        return query;
    }

    /// <summary>How many concepts <paramref name="text"/> holds; more than one allows a relaxed retry.</summary>
    public int CountConcepts(string text) => Concepts(Normalize(text)).Count;

    public static string Normalize(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > MaxQueryLength ? trimmed[..MaxQueryLength] : trimmed;
    }

    private List<IReadOnlyList<string[]>> Concepts(string text)
    {
        var terms = AnalyzedTerms.Of(_analyzer, text);
        var concepts = new List<IReadOnlyList<string[]>>();
        var i = 0;
        while (i < terms.Count && concepts.Count < MaxConcepts)
        {
            var matched = false;
            for (var length = Math.Min(_longestPhrase, terms.Count - i); length >= 1 && !matched; length--)
            {
                var candidate = terms.Skip(i).Take(length).ToArray();
                if (_phraseGroups.TryGetValue(Key(candidate), out var group))
                {
                    concepts.Add(_groups[group]);
                    i += length;
                    matched = true;
                }
            }

            if (!matched)
            {
                concepts.Add([[terms[i]]]);
                i++;
            }
        }

        return concepts;
    }

    private static BooleanQuery ConceptQuery(IReadOnlyList<string[]> alternatives, bool prefix)
    {
        var concept = new BooleanQuery();
        foreach (var phrase in alternatives)
        {
            concept.Add(FieldQuery(SearchFields.Heading, phrase, SearchFields.HeadingBoost), Occur.SHOULD);
            concept.Add(FieldQuery(SearchFields.Body, phrase, SearchFields.BodyBoost), Occur.SHOULD);
            concept.Add(FieldQuery(SearchFields.ChapterTitle, phrase, SearchFields.ChapterTitleBoost), Occur.SHOULD);
        }

        if (prefix && alternatives is [[var word]] && word.Length >= MinPrefixLength)
        {
            // Weighs less than the whole word, so "noeud" ranks exact matches above "noeudxyz" ones.
            concept.Add(Prefix(SearchFields.Heading, word, SearchFields.HeadingBoost / 2), Occur.SHOULD);
            concept.Add(Prefix(SearchFields.Body, word, SearchFields.BodyBoost / 2), Occur.SHOULD);
        }

        return concept;
    }

    // Rewritten to plain term queries, so the highlighter sees which words the prefix matched.
    private static PrefixQuery Prefix(string field, string word, float boost) =>
        new(new Term(field, word)) { Boost = boost, MultiTermRewriteMethod = MultiTermQuery.SCORING_BOOLEAN_QUERY_REWRITE };

    private static Query FieldQuery(string field, string[] phrase, float boost)
    {
        if (phrase.Length == 1)
        {
            return new TermQuery(new Term(field, phrase[0])) { Boost = boost };
        }

        // Stop words inside a phrase ("plan de contrôle") left a gap in the index too; allow it.
        var query = new PhraseQuery { Slop = 1, Boost = boost };
        foreach (var word in phrase)
        {
            query.Add(new Term(field, word));
        }

        return query;
    }

    private static string Key(string[] phrase) => string.Join(' ', phrase);
}
