namespace Course.Web.Components.Search;

/// <summary>The Lucene fields of a search document and how much a match in each weighs.</summary>
internal static class SearchFields
{
    /// <summary>The section heading (empty for quiz questions and a chapter's lead).</summary>
    public const string Heading = "heading";

    /// <summary>The section's text, or a question's prompt and explanation.</summary>
    public const string Body = "body";

    /// <summary>The chapter title, so "architecture maître" finds sections of chapter 4.</summary>
    public const string ChapterTitle = "chapter";

    /// <summary>Index of the <see cref="SearchEntry"/> the document was built from.</summary>
    public const string Entry = "entry";

    // A heading that names the query is what students look for; a passing mention in a paragraph is not.
    public const float HeadingBoost = 4f;
    public const float BodyBoost = 1f;
    public const float ChapterTitleBoost = 0.5f;
}
