using System.Text.RegularExpressions;
using Course.Content.Loading;
using Course.Content.Markdown;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Course.Content.Quizzes;

/// <summary>
/// Reads and validates the YAML of the <see cref="QuizBlock"/>s of one chapter. Every error names the file
/// and the line of the offending key: front matter offset + block offset + YAML line.
/// </summary>
/// <param name="file">The chapter file name, for errors.</param>
/// <param name="chapterSlug">The chapter the questions belong to.</param>
/// <param name="bodyFirstLine">The 1-based file line of the first line of the parsed Markdown body.</param>
/// <param name="headingIds">The heading ids of the chapter, which <c>review:</c> must name.</param>
/// <param name="errors">Where problems are added.</param>
internal sealed partial class QuizReader(
    string file, string chapterSlug, int bodyFirstLine, IReadOnlySet<string> headingIds, List<ContentError> errors)
{
    private const int MaxOptions = 10;

    private const int MaxKeywords = 5;

    /// <summary>No correct option may be longer than this many times the longest distractor.</summary>
    public const double MaxKeyToDistractorRatio = 1.5;

    private static readonly string[] Keys = ["id", "type", "concept", "keywords", "review", "question", "options", "explanation"];

    private static readonly string[] OptionKeys = ["text", "correct", "feedback"];

    /// <summary>Returns the question of <paramref name="block"/>, or null after adding its errors.</summary>
    public QuizQuestion? Read(QuizBlock block)
    {
        var before = errors.Count;
        var fenceLine = bodyFirstLine + block.Line;
        var root = Parse(block, fenceLine);
        if (root is null)
        {
            return null;
        }

        var fields = ReadFields(block, root, Keys, "quiz");
        var id = RequiredText(fields, "id", fenceLine);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            Error(fields["id"].Line, $"quiz id '{id}' must be lowercase ASCII letters, digits and dashes");
        }

        var kind = ReadKind(fields, fenceLine);
        var concept = RequiredText(fields, "concept", fenceLine);
        var keywords = ReadKeywords(fields);
        var review = RequiredText(fields, "review", fenceLine);
        if (review is not null && !headingIds.Contains(review))
        {
            Error(fields["review"].Line,
                $"review section '{review}' is not a heading id of this chapter (known ids: {string.Join(", ", headingIds.Order(StringComparer.Ordinal))})");
        }

        var prompt = RequiredText(fields, "question", fenceLine);
        var explanation = RequiredText(fields, "explanation", fenceLine);
        var options = ReadOptions(block, fields, fenceLine);
        if (kind is not null && options is not null)
        {
            CheckOptions(kind.Value, options, fields["options"].Line);
        }

        if (options is not null)
        {
            CheckFeedback(options);
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new QuizQuestion(
            id!,
            kind!.Value,
            CourseMarkdown.RenderInline(prompt!),
            options!.Select((o, i) => new QuizOption(OptionId(i), CourseMarkdown.RenderInline(o.Text))).ToList(),
            options!.Select((o, i) => (o, i)).Where(x => x.o.Correct).Select(x => OptionId(x.i)).ToList(),
            CourseMarkdown.RenderInline(explanation!),
            concept!,
            review!,
            chapterSlug,
            file,
            fields["id"].Line)
        {
            Keywords = keywords,
            OptionFeedbackHtml = options!
                .Select((o, i) => (o, i))
                .Where(x => x.o.Feedback is not null)
                .ToDictionary(x => OptionId(x.i), x => CourseMarkdown.RenderInline(x.o.Feedback!), StringComparer.Ordinal),
        };
    }

    /// <summary>Reports a quiz written inside a list or quote: it could not be attached to a section.</summary>
    public void ReportNested(QuizBlock block) =>
        Error(bodyFirstLine + block.Line, "a quiz block must not be indented inside a list or a quote; put it at the top level after the section it tests");

    private static string OptionId(int index) => ((char)('a' + index)).ToString();

    private YamlMappingNode? Parse(QuizBlock block, int fenceLine)
    {
        try
        {
            if (YamlPrecheck.Find(block.Yaml) is { } problem)
            {
                Error(YamlLine(block, problem.Line), $"malformed quiz YAML: {problem.Message}");
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(block.Yaml));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                return mapping;
            }

            Error(fenceLine, "a quiz block must hold 'key: value' lines (id, type, concept, keywords, review, question, options, explanation)");
        }
        catch (YamlException e)
        {
            // End marks the offending token; Start may be where the enclosing mapping began.
            Error(YamlLine(block, Math.Max(e.Start.Line, e.End.Line)), $"malformed quiz YAML: {e.InnerException?.Message ?? e.Message}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on a '[' or '{' left open at the end of the block.
            Error(fenceLine, "malformed quiz YAML: a '[' or '{' is never closed (quote texts that start with one)");
        }

        return null;
    }

    private Dictionary<string, QuizField> ReadFields(QuizBlock block, YamlMappingNode mapping, string[] known, string what)
    {
        var fields = new Dictionary<string, QuizField>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = YamlLine(block, keyNode.Start.Line);
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                Error(line, $"unknown {what} key '{key}' (expected one of: {string.Join(", ", known)})");
                continue;
            }

            fields[key] = new QuizField(value, line);
        }

        return fields;
    }

    private QuizKind? ReadKind(Dictionary<string, QuizField> fields, int fenceLine)
    {
        var type = RequiredText(fields, "type", fenceLine);
        switch (type)
        {
            case null:
                return null;
            case "single":
                return QuizKind.SingleChoice;
            case "multiple":
                return QuizKind.MultipleChoice;
            case "true-false":
                return QuizKind.TrueFalse;
            default:
                Error(fields["type"].Line, $"unknown quiz type '{type}' (expected single, multiple or true-false)");
                return null;
        }
    }

    private IReadOnlyList<string> ReadKeywords(Dictionary<string, QuizField> fields)
    {
        if (!fields.TryGetValue("keywords", out var field))
        {
            return [];
        }

        var items = (field.Value as YamlSequenceNode)?.Children
            .Select(n => (n as YamlScalarNode)?.Value?.Trim())
            .ToList();
        if (items is null || items.Count is < 1 or > MaxKeywords || items.Any(string.IsNullOrEmpty))
        {
            Error(field.Line, $"'keywords' must be a list of 1 to {MaxKeywords} non-empty words or phrases");
            return [];
        }

        return items!;
    }

    private string? RequiredText(Dictionary<string, QuizField> fields, string key, int missingLine, string what = "quiz")
    {
        if (!fields.TryGetValue(key, out var field))
        {
            Error(missingLine, $"{what} has no '{key}'");
            return null;
        }

        var text = (field.Value as YamlScalarNode)?.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            Error(field.Line, $"'{key}' must be a non-empty text");
            return null;
        }

        return text;
    }

    // YAML marks are 1-based lines of the block's YAML; the YAML starts on the line after the fence.
    private int YamlLine(QuizBlock block, long yamlLine) => bodyFirstLine + block.FirstYamlLine + (int)yamlLine - 1;

    private void Error(int line, string message) => errors.Add(new ContentError(file, line, message));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    private sealed record QuizField(YamlNode Value, int Line);

    private sealed record QuizOptionSource(string Text, bool Correct, int Line, int CorrectLine, string? Feedback, int FeedbackLine);
}
