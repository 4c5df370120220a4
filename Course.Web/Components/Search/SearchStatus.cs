namespace Course.Web.Components.Search;

/// <summary>The sentence screen readers hear when results change.</summary>
internal static class SearchStatus
{
    public static string Of(SearchResults? results) => results switch
    {
        null or { IsEmptyQuery: true } => "",
        { Total: 0 } => $"Aucun résultat pour « {results.Query} ».",
        { Total: 1 } => $"1 résultat pour « {results.Query} ».",
        _ => $"{results.Total} résultats pour « {results.Query} ».",
    };
}
