using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Course.Content.Loading;

/// <summary>
/// Walks YAML with YamlDotNet's iterative parser before it is loaded, for what loading cannot report well. Its
/// representation model recurses once per level: "[[[[…" a few thousand deep (a few kilobytes) would overflow the
/// stack and kill the process, which no catch can stop. And an alias to a missing anchor is reported without a
/// position. Content never nests more than a few levels and has no use for anchors and aliases.
/// </summary>
internal static class YamlPrecheck
{
    /// <summary>The deepest nesting of lists and mappings accepted.</summary>
    public const int MaxDepth = 16;

    /// <summary>The first problem: its 1-based YAML line and what it is; null when there is none.</summary>
    /// <exception cref="YamlException">When the YAML is malformed, as loading it would.</exception>
    public static (long Line, string Message)? Find(string yaml)
    {
        // YamlDotNet reports a tab in the indentation at the start of the enclosing mapping, lines away.
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].AsSpan()[..(lines[i].Length - lines[i].AsSpan().TrimStart().Length)].Contains('\t'))
            {
                return (i + 1, "a tab indents this line: indent YAML with spaces");
            }
        }

        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    return (alias.Start.Line, $"alias '*{alias.Value}': anchors and aliases are not supported, write the value out");
                case MappingStart or SequenceStart when ++depth > MaxDepth:
                    return (parser.Current.Start.Line, $"lists or mappings nested more than {MaxDepth} levels deep");
                case MappingEnd or SequenceEnd:
                    depth--;
                    break;
            }
        }

        return null;
    }
}
