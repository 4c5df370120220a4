using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Course.Content.Loading;

/// <summary>Reads and validates the <c>---</c> delimited YAML header at the top of a chapter file.</summary>
internal static partial class FrontMatterReader
{
    private const string Delimiter = "---";

    private static readonly string[] ChapterKeys =
        ["slug", "title", "order", "summary", "readingMinutes", "objectives", "addedInEdition", "labChecks"];

    private static readonly string[] GuideKeys = ["slug", "title", "summary"];

    /// <summary>
    /// Splits <paramref name="lines"/> into header and body. Returns null (with errors added) when the
    /// header is missing or invalid. <paramref name="bodyStartIndex"/> is the 0-based index of the first body line.
    /// </summary>
    public static FrontMatter? Read(
        string file, IReadOnlyList<string> lines, List<ContentError> errors, out int bodyStartIndex, DocumentKind kind = DocumentKind.Chapter)
    {
        bodyStartIndex = 0;
        if (lines.Count == 0 || lines[0].TrimEnd() != Delimiter)
        {
            errors.Add(new(file, 1, "missing front matter: the file must start with a '---' line followed by the YAML header"));
            return null;
        }

        var closing = FindClosingDelimiter(lines);
        if (closing < 0)
        {
            errors.Add(new(file, 1, "malformed front matter: no closing '---' line"));
            return null;
        }

        bodyStartIndex = closing + 1;
        var yaml = string.Join('\n', lines.Skip(1).Take(closing - 1));
        var root = ParseMapping(file, yaml, errors);
        return root is null ? null : ReadFields(file, root, closing, errors, kind);
    }

    private static int FindClosingDelimiter(IReadOnlyList<string> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].TrimEnd() == Delimiter)
            {
                return i;
            }
        }

        return -1;
    }

    private static YamlMappingNode? ParseMapping(string file, string yaml, List<ContentError> errors)
    {
        try
        {
            if (YamlPrecheck.Find(yaml) is { } problem)
            {
                errors.Add(new(file, (int)problem.Line + 1, $"malformed front matter: {problem.Message}"));
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                return mapping;
            }

            errors.Add(new(file, 2, "malformed front matter: expected 'key: value' lines"));
        }
        catch (YamlException e)
        {
            // YAML lines are 1-based and the header starts on the file's second line.
            // End marks the offending token; Start may be where the enclosing mapping began.
            errors.Add(new(file, (int)Math.Max(e.Start.Line, e.End.Line) + 1, $"malformed front matter: {e.InnerException?.Message ?? e.Message}"));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up without a position on some unclosed constructs: find the entry that breaks it.
            errors.Add(new(file, LocateBrokenEntry(yaml) + 1, "malformed front matter: this entry is not valid YAML"));
        }

        return null;
    }

    /// <summary>Returns the 1-based header line of the first top-level entry that does not parse on its own.</summary>
    private static int LocateBrokenEntry(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var start = 0; start < lines.Length; start++)
        {
            if (lines[start].Length == 0 || char.IsWhiteSpace(lines[start][0]))
            {
                continue;
            }

            var end = start + 1;
            while (end < lines.Length && (lines[end].Length == 0 || char.IsWhiteSpace(lines[end][0])))
            {
                end++;
            }

            try
            {
                new YamlStream().Load(new StringReader(string.Join('\n', lines[start..end])));
            }
            catch (Exception e) when (e is YamlException or InvalidOperationException)
            {
                return start + 1;
            }
        }

        return 1;
    }

    private static FrontMatter? ReadFields(
        string file, YamlMappingNode root, int closingIndex, List<ContentError> errors, DocumentKind kind)
    {
        var before = errors.Count;
        var knownKeys = kind is DocumentKind.Guide ? GuideKeys : ChapterKeys;
        var fields = new Dictionary<string, (YamlNode Value, int Line)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Children)
        {
            // A list or mapping as a key ("[a]: b", "? {a: b}") is valid YAML but no field: reported, not cast.
            var key = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
            var line = (int)keyNode.Start.Line + 1;
            if (!knownKeys.Contains(key, StringComparer.Ordinal))
            {
                errors.Add(new(file, line, $"unknown front matter key '{key}' (expected one of: {string.Join(", ", knownKeys)})"));
                continue;
            }

            fields[key] = (value, line);
        }

        // Keys that are missing are reported on the closing delimiter line, where they should have been.
        var missingLine = closingIndex + 1;
        var slug = RequiredText(file, fields, "slug", missingLine, errors);
        if (slug is not null && !SlugPattern().IsMatch(slug))
        {
            errors.Add(new(file, fields["slug"].Line, $"slug '{slug}' must be lowercase ASCII letters, digits and dashes"));
        }

        var title = RequiredText(file, fields, "title", missingLine, errors);
        var summary = RequiredText(file, fields, "summary", missingLine, errors);
        if (kind is DocumentKind.Guide)
        {
            return errors.Count > before ? null : new FrontMatter(slug!, fields["slug"].Line, title!, 0, 0, summary!, 0, []);
        }

        var order = RequiredPositiveInt(file, fields, "order", missingLine, errors);
        var minutes = RequiredPositiveInt(file, fields, "readingMinutes", missingLine, errors);
        var objectives = RequiredList(file, fields, "objectives", missingLine, errors);
        var addedInEdition = OptionalBool(file, fields, "addedInEdition", errors);
        var labChecks = fields.TryGetValue("labChecks", out var checks)
            ? LabCheckReader.Read(file, checks.Value, checks.Line, errors)
            : [];

        if (errors.Count > before)
        {
            return null;
        }

        return new FrontMatter(slug!, fields["slug"].Line, title!, order, fields["order"].Line, summary!, minutes, objectives!)
        {
            AddedInEdition = addedInEdition,
            LabChecks = labChecks,
        };
    }

    private static bool OptionalBool(
        string file, Dictionary<string, (YamlNode Value, int Line)> fields, string key, List<ContentError> errors)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            return false;
        }

        switch ((field.Value as YamlScalarNode)?.Value)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                errors.Add(new(file, field.Line, $"'{key}' must be true or false"));
                return false;
        }
    }

    private static string? RequiredText(
        string file, Dictionary<string, (YamlNode Value, int Line)> fields, string key, int missingLine, List<ContentError> errors)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            errors.Add(new(file, missingLine, $"front matter has no '{key}'"));
            return null;
        }

        var text = (field.Value as YamlScalarNode)?.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add(new(file, field.Line, $"'{key}' must be a non-empty text"));
            return null;
        }

        return text;
    }

    private static int RequiredPositiveInt(
        string file, Dictionary<string, (YamlNode Value, int Line)> fields, string key, int missingLine, List<ContentError> errors)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            errors.Add(new(file, missingLine, $"front matter has no '{key}'"));
            return 0;
        }

        var text = (field.Value as YamlScalarNode)?.Value;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            errors.Add(new(file, field.Line, $"'{key}' must be a positive whole number, not '{text}'"));
            return 0;
        }

        return value;
    }

    private static List<string>? RequiredList(
        string file, Dictionary<string, (YamlNode Value, int Line)> fields, string key, int missingLine, List<ContentError> errors)
    {
        if (!fields.TryGetValue(key, out var field))
        {
            errors.Add(new(file, missingLine, $"front matter has no '{key}'"));
            return null;
        }

        var items = (field.Value as YamlSequenceNode)?.Children
            .Select(n => (n as YamlScalarNode)?.Value?.Trim())
            .ToList();
        if (items is null || items.Count is < 3 or > 5 || items.Any(string.IsNullOrEmpty))
        {
            errors.Add(new(file, field.Line, $"'{key}' must be a list of 3 to 5 non-empty items"));
            return null;
        }

        return items!;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
