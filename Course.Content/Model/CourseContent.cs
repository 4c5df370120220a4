using Course.Content.Quizzes;

namespace Course.Content.Model;

/// <summary>The whole course: its chapters in reading order, validated and rendered once.</summary>
public sealed class CourseContent
{
    private readonly Dictionary<string, Chapter> _bySlug;
    private readonly Dictionary<string, QuizQuestion> _questionsById;
    private readonly Dictionary<string, Guide> _guidesBySlug;

    /// <summary>Creates the course from chapters already validated and sorted by <see cref="Chapter.Order"/>.</summary>
    /// <param name="chapters">The chapters, in reading order.</param>
    /// <param name="guides">Documents read beside the course (the instructor's guide), not listed as chapters.</param>
    public CourseContent(IReadOnlyList<Chapter> chapters, IReadOnlyList<Guide>? guides = null)
    {
        Chapters = chapters;
        Guides = guides ?? [];
        _bySlug = chapters.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        AllQuestions = chapters.SelectMany(c => c.Questions).ToList();
        _questionsById = AllQuestions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        AllLabChecks = chapters.SelectMany(c => c.LabChecks).ToList();
        _guidesBySlug = Guides.ToDictionary(g => g.Slug, StringComparer.Ordinal);
    }

    /// <summary>Chapters in reading order.</summary>
    public IReadOnlyList<Chapter> Chapters { get; }

    /// <summary>Every quiz question of the course, in reading order.</summary>
    public IReadOnlyList<QuizQuestion> AllQuestions { get; }

    /// <summary>Every cluster check declared by the chapters, in reading order.</summary>
    public IReadOnlyList<LabCheck> AllLabChecks { get; }

    /// <summary>Documents read beside the course, such as the instructor's guide; never listed as chapters.</summary>
    public IReadOnlyList<Guide> Guides { get; }

    /// <summary>Finds a guide by its slug, or returns null.</summary>
    public Guide? FindGuide(string slug) => _guidesBySlug.GetValueOrDefault(slug);

    /// <summary>Finds a chapter by its slug, or returns null when no chapter has it.</summary>
    public Chapter? FindChapter(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>Finds a quiz question by its course-wide id, or returns null.</summary>
    public QuizQuestion? FindQuestion(string id) => _questionsById.GetValueOrDefault(id);

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
