namespace Course.Web.Components.Search;

/// <summary>The answer to one query: the hits, best first, and suggestions when there are none.</summary>
/// <param name="Query">The query as typed, trimmed.</param>
/// <param name="Hits">The results, best first.</param>
/// <param name="Suggestions">Words to try instead, only when <paramref name="Hits"/> is empty.</param>
public sealed record SearchResults(string Query, IReadOnlyList<SearchHit> Hits, IReadOnlyList<string> Suggestions)
{
    /// <summary>How many entries matched, of which <see cref="Hits"/> holds the best.</summary>
    public int Total { get; init; }

    public static SearchResults Empty(string query) => new(query, [], []);

    public bool IsEmptyQuery => Query.Length == 0;
}
