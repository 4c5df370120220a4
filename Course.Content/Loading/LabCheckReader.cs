using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Course.Content.Loading;

/// <summary>
/// Reads the <c>labChecks:</c> list of a chapter's front matter: each entry a mapping of <c>id</c>, <c>title</c>,
/// <c>command</c> and <c>review</c>. Review anchors are checked once the chapter's headings are known.
/// </summary>
internal static partial class LabCheckReader
{
    public static readonly string[] Keys = ["id", "title", "command", "review"];

    /// <param name="file">The chapter file, for errors.</param>
    /// <param name="node">The value of the <c>labChecks</c> key.</param>
    /// <param name="keyLine">The file line of the <c>labChecks</c> key.</param>
    /// <param name="errors">Where problems are added.</param>
    public static IReadOnlyList<LabCheckSource> Read(string file, YamlNode node, int keyLine, List<ContentError> errors)
    {
        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            errors.Add(new(file, keyLine, "'labChecks' must be a list of '- id: ...' entries with title, command and review"));
            return [];
        }

        var checks = new List<LabCheckSource>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in sequence.Children)
        {
            var itemLine = FileLine(item);
            if (item is not YamlMappingNode mapping)
            {
                errors.Add(new(file, itemLine, "each lab check must be a mapping: '- id: ...' with title, command and review"));
                continue;
            }

            var check = ReadOne(file, mapping, itemLine, errors);
            if (check is null)
            {
                continue;
            }

            if (!ids.TryAdd(check.Id, check.Line))
            {
                errors.Add(new(file, check.Line, $"duplicate lab check id '{check.Id}' (already declared on line {ids[check.Id]})"));
                continue;
            }

            checks.Add(check);
        }

        return checks;
    }

    private static LabCheckSource? ReadOne(string file, YamlMappingNode mapping, int itemLine, List<ContentError> errors)
    {
        var before = errors.Count;
        var fields = new Dictionary<string, (string? Text, int Line)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = FileLine(keyNode);
            if (!Keys.Contains(key, StringComparer.Ordinal))
            {
                errors.Add(new(file, line, $"unknown lab check key '{key}' (expected one of: {string.Join(", ", Keys)})"));
                continue;
            }

            fields[key] = ((value as YamlScalarNode)?.Value?.Trim(), line);
        }

        foreach (var key in Keys)
        {
            if (!fields.TryGetValue(key, out var field))
            {
                errors.Add(new(file, itemLine, $"lab check has no '{key}'"));
            }
            else if (string.IsNullOrEmpty(field.Text))
            {
                errors.Add(new(file, field.Line, $"lab check '{key}' must be a non-empty text"));
            }
        }

        if (errors.Count > before)
        {
            return null;
        }

        var (id, idLine) = fields["id"];
        if (!IdPattern().IsMatch(id!))
        {
            errors.Add(new(file, idLine, $"lab check id '{id}' must be lowercase ASCII letters, digits and dashes"));
            return null;
        }

        return new LabCheckSource(id!, fields["title"].Text!, fields["command"].Text!, fields["review"].Text!, idLine, fields["review"].Line);
    }

    // YAML lines are 1-based and the header starts on the file's second line.
    private static int FileLine(YamlNode node) => (int)node.Start.Line + 1;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
