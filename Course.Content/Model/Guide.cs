namespace Course.Content.Model;

/// <summary>
/// A document read alongside the course but not part of it (the instructor's guide): rendered like a chapter,
/// never listed among the chapters, without quizzes or lab checks.
/// </summary>
/// <param name="Slug">ASCII identifier of the guide.</param>
/// <param name="Title">Title shown to readers.</param>
/// <param name="Summary">One-sentence summary shown under the title.</param>
/// <param name="Sections">The body split at each heading, in document order.</param>
/// <param name="SourceFile">The Markdown file the guide was loaded from.</param>
public sealed record Guide(string Slug, string Title, string Summary, IReadOnlyList<ChapterSection> Sections, string SourceFile)
{
    /// <summary>The level 2 and 3 headings, for the guide's table of contents.</summary>
    public IEnumerable<ChapterSection> TableOfContents => Sections.Where(s => s.Level is 2 or 3);

    /// <summary>Finds a section by its heading id, or returns null.</summary>
    public ChapterSection? FindSection(string id) => Sections.FirstOrDefault(s => s.Id == id);
}
