namespace Course.Web.Components.Search;

/// <summary>One search result.</summary>
/// <param name="Entry">The section or question found.</param>
/// <param name="SnippetHtml">Escaped text with the matched words wrapped in <c>&lt;mark&gt;</c>; safe to render as markup.</param>
/// <param name="Score">Lucene's relevance score.</param>
public sealed record SearchHit(SearchEntry Entry, string SnippetHtml, float Score);
