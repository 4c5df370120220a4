using Course.Web.Components.Search;

namespace Course.Tests.Search;

public sealed class FrenchSearchAnalyzerTests : IDisposable
{
    private readonly FrenchSearchAnalyzer _analyzer = new();

    [Theory]
    [InlineData("noeud", "nœud")]
    [InlineData("noeuds", "Nœuds")]
    [InlineData("deploiement", "déploiement")]
    [InlineData("maitre", "maître")]
    [InlineData("MAITRE", "Maître")]
    [InlineData("equilibrage", "équilibrage")]
    [InlineData("controle", "contrôle")]
    public void Text_typed_without_accents_gives_the_same_terms_as_the_accented_text(string typed, string written)
    {
        var typedTerms = Terms(typed);

        Assert.Single(typedTerms);
        Assert.Equal(typedTerms, Terms(written));
    }

    [Fact]
    public void The_oe_ligature_folds_to_two_letters()
    {
        Assert.Equal(["noeud"], Terms("nœud"));
    }

    [Theory]
    [InlineData("conteneur", "conteneurs")]
    [InlineData("nœud", "nœuds")]
    [InlineData("déploiement", "déploiements")]
    [InlineData("application", "applications")]
    [InlineData("machine", "machines")]
    public void Singular_and_plural_give_the_same_term(string singular, string plural)
    {
        Assert.Equal(Terms(singular), Terms(plural));
    }

    [Fact]
    public void French_stop_words_and_elided_articles_are_dropped()
    {
        Assert.Empty(Terms("le la les de des du et un une est dans"));
        Assert.Equal(Terms("architecture"), Terms("l'architecture"));
        Assert.Equal(Terms("API"), Terms("l’API"));
        Assert.Equal(Terms("nœuds kubernetes"), Terms("Les nœuds de Kubernetes"));
    }

    [Fact]
    public void Hyphenated_component_names_are_split_into_their_words()
    {
        Assert.Equal(["kube", "proxy"], Terms("kube-proxy"));
    }

    private IReadOnlyList<string> Terms(string text) => AnalyzedTerms.Of(_analyzer, text);

    public void Dispose() => _analyzer.Dispose();
}
