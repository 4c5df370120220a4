namespace Course.Web.Components.Search;

/// <summary>What the index knows about one searchable unit: a chapter section or a quiz question.</summary>
/// <param name="ChapterSlug">The chapter's slug.</param>
/// <param name="ChapterTitle">The chapter's title.</param>
/// <param name="ChapterOrder">The chapter's position in the course.</param>
/// <param name="SectionId">The heading id to link to; empty for a chapter's lead section.</param>
/// <param name="SectionTitle">The heading shown in results (the chapter title for a lead section).</param>
/// <param name="Heading">The heading text indexed with a boost; empty for quiz questions.</param>
/// <param name="Body">The indexed text.</param>
/// <param name="Snippet">The text results quote from (a question's prompt only: its explanation gives the answer away).</param>
/// <param name="IsQuestion">True for a quiz question.</param>
public sealed record SearchEntry(
    string ChapterSlug,
    string ChapterTitle,
    int ChapterOrder,
    string SectionId,
    string SectionTitle,
    string Heading,
    string Body,
    string Snippet,
    bool IsQuestion)
{
    /// <summary>The section's address, relative to the site's base href.</summary>
    public string Href => SectionId.Length == 0 ? $"chapitres/{ChapterSlug}" : $"chapitres/{ChapterSlug}#{SectionId}";
}
