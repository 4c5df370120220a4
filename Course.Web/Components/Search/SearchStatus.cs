namespace Course.Web.Components.Search;

/// <summary>The sentence screen readers hear when results change.</summary>
internal static class SearchStatus
{
    public static string Of(SearchResults? results) => results switch
    {
        null or { IsEmptyQuery: true } => "",
        { Hits.Count: 0 } => $"Aucun résultat pour « {results.Query} ».",
        { Hits.Count: 1 } => $"1 résultat pour « {results.Query} ».",
        _ => $"{results.Hits.Count} résultats pour « {results.Query} ».",
    };
}
