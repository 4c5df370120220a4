namespace Course.Content.Model;

/// <summary>The whole course: its chapters in reading order, validated and rendered once.</summary>
public sealed class CourseContent
{
    private readonly Dictionary<string, Chapter> _bySlug;

    /// <summary>Creates the course from chapters already validated and sorted by <see cref="Chapter.Order"/>.</summary>
    public CourseContent(IReadOnlyList<Chapter> chapters)
    {
        Chapters = chapters;
        _bySlug = chapters.ToDictionary(c => c.Slug, StringComparer.Ordinal);
    }

    /// <summary>Chapters in reading order.</summary>
    public IReadOnlyList<Chapter> Chapters { get; }

    /// <summary>Finds a chapter by its slug, or returns null when no chapter has it.</summary>
    public Chapter? FindChapter(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>The chapter before <paramref name="chapter"/> in reading order, if any.</summary>
    public Chapter? Previous(Chapter chapter) => Neighbour(chapter, -1);

    /// <summary>The chapter after <paramref name="chapter"/> in reading order, if any.</summary>
    public Chapter? Next(Chapter chapter) => Neighbour(chapter, +1);

    private Chapter? Neighbour(Chapter chapter, int step)
    {
        var index = IndexOf(chapter) + step;
        return index >= 0 && index < Chapters.Count ? Chapters[index] : null;
    }

    private int IndexOf(Chapter chapter)
    {
        for (var i = 0; i < Chapters.Count; i++)
        {
            if (ReferenceEquals(Chapters[i], chapter))
            {
                return i;
            }
        }

        throw new ArgumentException($"Chapter '{chapter.Slug}' is not part of this course.", nameof(chapter));
    }
}
