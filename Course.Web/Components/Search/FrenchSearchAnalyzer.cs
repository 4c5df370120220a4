using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Course.Web.Components.Search;

/// <summary>
/// French analysis for the course index and its queries: "l'architecture" → "architectur", "Nœuds" → "noeud",
/// "déploiements" → "deploiement". Lucene's own FrenchAnalyzer does not fold accents, so students typing without
/// them ("noeud", "maitre") would miss; this chain folds before stemming so both spellings meet.
/// </summary>
internal sealed class FrenchSearchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(Version, stream);
        // Stop words are matched before folding: the list spells them with accents ("été", "à").
        stream = new StopFilter(Version, stream, FrenchAnalyzer.DefaultStopSet);
        // Folds "œ" to "oe" and "é" to "e", so "nœud" and "noeud" give the same term.
        stream = new ASCIIFoldingFilter(stream);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
