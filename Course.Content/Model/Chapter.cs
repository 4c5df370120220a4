using Course.Content.Quizzes;

namespace Course.Content.Model;

/// <summary>One chapter of the course, rendered to HTML at load time.</summary>
/// <param name="Slug">ASCII identifier used in the chapter's address.</param>
/// <param name="Title">Title shown to students.</param>
/// <param name="Order">Position in the course, starting at 1.</param>
/// <param name="Summary">One-sentence summary for the course outline.</param>
/// <param name="ReadingMinutes">Estimated reading time in minutes.</param>
/// <param name="ObjectivesHtml">Learning objectives, each rendered as inline HTML.</param>
/// <param name="Sections">The chapter body split at each heading, in document order.</param>
/// <param name="SourceFile">The Markdown file the chapter was loaded from.</param>
public sealed record Chapter(
    string Slug,
    string Title,
    int Order,
    string Summary,
    int ReadingMinutes,
    IReadOnlyList<string> ObjectivesHtml,
    IReadOnlyList<ChapterSection> Sections,
    string SourceFile)
{
    /// <summary>
    /// True for a chapter written for this edition of the course (front matter <c>addedInEdition: true</c>), false
    /// for a chapter of the original workshop.
    /// </summary>
    public bool IsEditionAddition { get; init; }

    /// <summary>The cluster checks the chapter declares (front matter <c>labChecks:</c>), in declaration order.</summary>
    public IReadOnlyList<LabCheck> LabChecks { get; init; } = [];

    /// <summary>The level 2 and 3 headings, for the chapter's table of contents.</summary>
    public IEnumerable<ChapterSection> TableOfContents => Sections.Where(s => s.Level is 2 or 3);

    /// <summary>Every quiz question of the chapter, in document order.</summary>
    public IEnumerable<QuizQuestion> Questions => Sections.SelectMany(s => s.Questions);

    /// <summary>Finds a section by its heading id, or returns null.</summary>
    public ChapterSection? FindSection(string id) => Sections.FirstOrDefault(s => s.Id == id);
}
