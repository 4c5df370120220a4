using System.Text;
using Course.Content.Markdown;
using Course.Content.Model;
using Course.Content.Quizzes;

namespace Course.Content.Loading;

/// <summary>
/// Loads every <c>*.md</c> chapter of a folder, validates it and renders it once. Any problem stops the load
/// with an <see cref="InvalidContentException"/> naming each file and line.
/// </summary>
public static class ChapterLoader
{
    // Sequences left by UTF-8 text once decoded as Mac Roman or Windows-1252.
    private static readonly string[] MojibakeMarkers = ["√©", "√®", "√†", "Ã©", "Ã¨", "â€"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The folder where the shipped chapters are copied next to the assembly.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "Chapters");

    /// <summary>Loads, validates and renders the chapters of <paramref name="directory"/>.</summary>
    /// <exception cref="InvalidContentException">When any chapter is invalid.</exception>
    public static CourseContent LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidContentException([new ContentError(directory, 0, "the chapters folder does not exist")]);
        }

        var files = Directory.GetFiles(directory, "*.md").Order(StringComparer.Ordinal).ToList();
        return Load(files.Select(f => (Path.GetFileName(f), ReadText(f))));
    }

    /// <summary>Loads chapters from (file name, text) pairs; used by the folder loader and by tests.</summary>
    /// <exception cref="InvalidContentException">When any chapter is invalid.</exception>
    public static CourseContent Load(IEnumerable<(string File, string Text)> sources)
    {
        var pipeline = CourseMarkdown.CreatePipeline();
        var bodyRenderer = new ChapterBodyRenderer(pipeline);
        var errors = new List<ContentError>();
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
        if (parsed.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ContentError("(chapters)", 0, "no chapter found"));
        }

        if (errors.Count > 0)
        {
            throw new InvalidContentException(errors);
        }

        return new CourseContent(parsed.Select(p => p.Chapter).OrderBy(c => c.Order).ToList());
    }

    private static Chapter? LoadOne(
        string file, string text, ChapterBodyRenderer bodyRenderer, List<ContentError> errors, out FrontMatter? header)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var before = errors.Count;
        CheckMojibake(file, lines, errors);
        header = FrontMatterReader.Read(file, lines, errors, out var bodyStart);
        if (header is null || errors.Count > before)
        {
            return null;
        }

        var body = string.Join('\n', lines.Skip(bodyStart));
        var slug = header.Slug;
        var sections = bodyRenderer.Render(
            body, headingIds => new QuizReader(file, slug, bodyStart + 1, headingIds, errors));
        if (errors.Count > before)
        {
            return null;
        }

        var objectives = header.Objectives.Select(CourseMarkdown.RenderInline).ToList();
        return new Chapter(
            header.Slug, header.Title, header.Order, header.Summary, header.ReadingMinutes, objectives, sections, file);
    }

    private static void CheckMojibake(string file, string[] lines, List<ContentError> errors)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var marker = MojibakeMarkers.FirstOrDefault(m => lines[i].Contains(m, StringComparison.Ordinal));
            if (marker is not null)
            {
                errors.Add(new(file, i + 1, $"mis-decoded text ('{marker}'): the file must be saved as UTF-8"));
            }
        }
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

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidContentException([new ContentError(Path.GetFileName(path), 1, "the file is not valid UTF-8")]);
        }
    }
}
