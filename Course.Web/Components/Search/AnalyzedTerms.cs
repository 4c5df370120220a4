using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Course.Web.Components.Search;

/// <summary>Runs text through an analyzer and returns the terms it indexes, in order.</summary>
internal static class AnalyzedTerms
{
    public static IReadOnlyList<string> Of(Analyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(SearchFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
