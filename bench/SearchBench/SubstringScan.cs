using Course.Web.Components.Search;

namespace SearchBench;

/// <summary>
/// The peer: what a search without an index does. Case-insensitive substring match of the whole query in each
/// entry's heading or text, headings first, with a snippet cut around the match. No accents folded, no stemming.
/// </summary>
internal sealed class SubstringScan(IReadOnlyList<SearchEntry> entries)
{
    private const int SnippetLength = 160;

    public int Search(string text, int maxHits = CourseSearchIndex.DefaultMaxHits)
    {
        var query = text.Trim();
        if (query.Length == 0)
        {
            return 0;
        }

        var hits = new List<(SearchEntry Entry, bool InHeading, string Snippet)>();
        foreach (var entry in entries)
        {
            var inHeading = entry.Heading.Contains(query, StringComparison.OrdinalIgnoreCase);
            var at = entry.Body.IndexOf(query, StringComparison.OrdinalIgnoreCase);
            if (inHeading || at >= 0)
            {
                var start = Math.Max(0, at - SnippetLength / 2);
                var snippet = entry.Snippet.Length == 0 ? "" :
                    System.Net.WebUtility.HtmlEncode(entry.Snippet.Substring(Math.Min(start, entry.Snippet.Length - 1),
                        Math.Min(SnippetLength, entry.Snippet.Length - Math.Min(start, entry.Snippet.Length - 1))));
                hits.Add((entry, inHeading, snippet));
            }
        }

        return hits.OrderByDescending(h => h.InHeading).Take(maxHits).Count();
    }
}
