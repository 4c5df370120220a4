namespace Course.Content.Loading;

/// <summary>What a Markdown content file is, which decides the front matter keys it takes.</summary>
internal enum DocumentKind
{
    /// <summary>A chapter of the course: slug, title, order, summary, readingMinutes, objectives, and options.</summary>
    Chapter,

    /// <summary>A guide read beside the course: slug, title and summary only; no quiz.</summary>
    Guide,
}
