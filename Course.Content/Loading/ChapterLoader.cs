using Course.Content.Markdown;
using Course.Content.Markdown.Typography;
using Course.Content.Model;
using Course.Content.Quizzes;
using Course.Content.Quizzes.Checks;

namespace Course.Content.Loading;

/// <summary>
/// Loads every <c>*.md</c> chapter of a folder (and the guides of another), validates it and renders it once. Any
/// problem stops the load with an <see cref="InvalidContentException"/> naming each file and line.
/// </summary>
public static class ChapterLoader
{
    /// <summary>The folder where the shipped chapters are copied next to the assembly.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Chapters");

    /// <summary>The folder where the shipped guides (the instructor's guide) are copied next to the assembly.</summary>
    public static string DefaultGuidesDirectory => Path.Combine(AppContext.BaseDirectory, "Guides");

    /// <summary>Loads, validates and renders the chapters of <paramref name="directory"/> and the guides of <paramref name="guidesDirectory"/>.</summary>
    /// <param name="directory">The chapters folder.</param>
    /// <param name="guidesDirectory">The guides folder; null loads no guide.</param>
    /// <exception cref="InvalidContentException">When any chapter or guide is invalid.</exception>
    public static CourseContent LoadDirectory(string directory, string? guidesDirectory = null)
    {
        var errors = new List<ContentError>();
        var chapters = ContentFile.ReadFolder(directory, "chapters", errors);
        var guides = guidesDirectory is null ? [] : ContentFile.ReadFolder(guidesDirectory, "guides", errors);
        return Load(chapters, guides, errors);
    }

    /// <summary>Loads chapters (and guides) from (file name, text) pairs; used by the folder loader and by tests.</summary>
    /// <exception cref="InvalidContentException">When any chapter or guide is invalid.</exception>
    public static CourseContent Load(
        IEnumerable<(string File, string Text)> sources, IEnumerable<(string File, string Text)>? guideSources = null) =>
        Load(sources, guideSources, []);

    // errors: those found while reading the files (too large, not UTF-8), reported with the others.
    private static CourseContent Load(
        IEnumerable<(string File, string Text)> sources, IEnumerable<(string File, string Text)>? guideSources, List<ContentError> errors)
    {
        var pipeline = CourseMarkdown.CreatePipeline();
        var bodyRenderer = new ChapterBodyRenderer(pipeline);
        var parsed = new List<(Chapter Chapter, FrontMatter Header)>();

        foreach (var (file, text) in sources)
        {
            var chapter = LoadOne(file, text, bodyRenderer, errors, out var header);
            if (chapter is not null)
            {
                parsed.Add((chapter, header!));
            }
        }

        CheckUniqueness(parsed, errors);
        CheckUniqueQuestionIds(parsed.Select(p => p.Chapter), errors);
        CheckUniqueLabCheckIds(parsed.Select(p => p.Chapter), errors);
        TrueFalseBalanceCheck.Check(parsed.Select(p => p.Chapter).ToList(), errors);
        var guides = GuideLoader.Load(guideSources ?? [], bodyRenderer, errors);
        if (parsed.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ContentError("(chapters)", 0, "no chapter found"));
        }

        if (errors.Count > 0)
        {
            throw new InvalidContentException(errors);
        }

        return new CourseContent(parsed.Select(p => p.Chapter).OrderBy(c => c.Order).ToList(), guides);
    }

    private static Chapter? LoadOne(
        string file, string text, ChapterBodyRenderer bodyRenderer, List<ContentError> errors, out FrontMatter? header)
    {
        var before = errors.Count;
        var lines = ContentFile.Lines(file, text, errors);
        header = FrontMatterReader.Read(file, lines, errors, out var bodyStart);
        if (header is null || errors.Count > before)
        {
            return null;
        }

        var body = string.Join('\n', lines.Skip(bodyStart));
        var slug = header.Slug;
        var sections = bodyRenderer.Render(
            body,
            headingIds => new QuizReader(file, slug, bodyStart + 1, headingIds, errors),
            (line, message) => errors.Add(new(file, bodyStart + 1 + line, message)),
            $"chapitres/{slug}");
        var labChecks = ToLabChecks(file, slug, header.LabChecks, sections, errors);
        if (errors.Count > before)
        {
            return null;
        }

        var objectives = header.Objectives.Select(CourseMarkdown.RenderInline).ToList();
        var chapter = new Chapter(
            header.Slug, FrenchSpacing.Apply(header.Title), header.Order, FrenchSpacing.Apply(header.Summary),
            header.ReadingMinutes, objectives, sections, file)
        {
            IsEditionAddition = header.AddedInEdition,
            LabChecks = labChecks,
        };
        KeyPositionCheck.Check(chapter, errors);
        ReviewMentionCheck.Check(chapter, errors);
        return errors.Count > before ? null : chapter;
    }

    private static List<LabCheck> ToLabChecks(
        string file, string slug, IReadOnlyList<LabCheckSource> sources, IReadOnlyList<ChapterSection> sections, List<ContentError> errors)
    {
        var ids = sections.Where(s => s.Level > 0).Select(s => s.Id).ToList();
        foreach (var source in sources.Where(s => !ids.Contains(s.Review, StringComparer.Ordinal)))
        {
            errors.Add(new(file, source.ReviewLine,
                $"lab check review section '{source.Review}' is not a heading id of this chapter (known ids: {string.Join(", ", ids.Order(StringComparer.Ordinal))})"));
        }

        return sources
            .Select(s => new LabCheck(s.Id, s.Title, s.Command, s.Review, slug, file, s.Line))
            .ToList();
    }

    private static void CheckUniqueness(List<(Chapter Chapter, FrontMatter Header)> parsed, List<ContentError> errors)
    {
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        var orders = new Dictionary<int, string>();
        foreach (var (chapter, header) in parsed)
        {
            if (!slugs.TryAdd(chapter.Slug, chapter.SourceFile))
            {
                errors.Add(new(chapter.SourceFile, header.SlugLine,
                    $"duplicate slug '{chapter.Slug}' (already used by {slugs[chapter.Slug]})"));
            }

            if (!orders.TryAdd(chapter.Order, chapter.SourceFile))
            {
                errors.Add(new(chapter.SourceFile, header.OrderLine,
                    $"duplicate order {chapter.Order} (already used by {orders[chapter.Order]})"));
            }
        }
    }

    private static void CheckUniqueQuestionIds(IEnumerable<Chapter> chapters, List<ContentError> errors)
    {
        var seen = new Dictionary<string, QuizQuestion>(StringComparer.Ordinal);
        foreach (var question in chapters.SelectMany(c => c.Questions))
        {
            if (!seen.TryAdd(question.Id, question))
            {
                var first = seen[question.Id];
                errors.Add(new(question.SourceFile, question.SourceLine,
                    $"duplicate quiz id '{question.Id}' (already used at {first.SourceFile}:{first.SourceLine})"));
            }
        }
    }

    private static void CheckUniqueLabCheckIds(IEnumerable<Chapter> chapters, List<ContentError> errors)
    {
        var seen = new Dictionary<string, LabCheck>(StringComparer.Ordinal);
        foreach (var check in chapters.SelectMany(c => c.LabChecks))
        {
            if (!seen.TryAdd(check.Id, check))
            {
                var first = seen[check.Id];
                errors.Add(new(check.SourceFile, check.SourceLine,
                    $"duplicate lab check id '{check.Id}' (already declared at {first.SourceFile}:{first.SourceLine})"));
            }
        }
    }
}
