using System.Text;

namespace Course.Web.Components.Assets;

/// <summary>
/// Keeps the part of a minified stylesheet whose selectors only name kept classes: a selector is kept when every class
/// it names (outside <c>:not(...)</c>) is kept, a rule when one of its selectors is, an <c>@media</c> or
/// <c>@supports</c> block when one of its rules is, an <c>@keyframes</c> when a kept rule names it. Selectors that
/// name no class (<c>html</c>, <c>*</c>, <c>:root</c>) are kept, and so are license comments (<c>/*! ... */</c>).
/// Used to build <c>wwwroot/css/mud-chapter.css</c> from MudBlazor's stylesheet (<see cref="ChapterStylesheet"/>).
/// </summary>
internal static partial class StylesheetSubset
{
    public static string Keep(string css, Func<string, bool> keepClass) =>
        KeepSelectors(css, classes => classes.All(keepClass));

    /// <summary>
    /// The same cut, deciding per selector from all the classes it requires (none for <c>html</c>, <c>*</c>): an add-on
    /// to another subset keeps the selectors that name at least one class the other drops.
    /// </summary>
    public static string KeepSelectors(string css, Func<IReadOnlyCollection<string>, bool> keepSelector)
    {
        var items = new Parser(css).ReadItems();
        var kept = new StringBuilder();
        var animations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            Write(item, keepSelector, kept, animations);
        }

        // Keyframes last, only those a kept rule animates with: their order does not matter, their names do.
        foreach (var keyframes in AllKeyframes(items).Where(k => animations.Contains(k.Name)))
        {
            kept.Append(keyframes.Text);
        }

        return kept.ToString();
    }

    private static bool Write(Item item, Func<IReadOnlyCollection<string>, bool> keepSelector, StringBuilder output, HashSet<string> animations)
    {
        switch (item)
        {
            case Comment comment when comment.Text.StartsWith("/*!", StringComparison.Ordinal):
                output.Append(comment.Text).Append('\n');
                return true;
            case Statement statement:
                output.Append(statement.Text);
                return true;
            case Rule rule:
                var selectors = SplitTopLevel(rule.Prelude, ',').Where(s => keepSelector(ClassesOf(s).ToList())).ToList();
                if (selectors.Count == 0)
                {
                    return false;
                }

                output.Append(string.Join(',', selectors)).Append('{').Append(rule.Body).Append('}');
                NoteAnimations(rule.Body, animations);
                return true;
            case Block block:
                var inner = new StringBuilder();
                var any = false;
                foreach (var child in block.Items)
                {
                    any |= Write(child, keepSelector, inner, animations);
                }

                if (any)
                {
                    output.Append(block.Prelude).Append('{').Append(inner).Append('}');
                }

                return any;
            default:
                return false;
        }
    }

    private static IEnumerable<Keyframes> AllKeyframes(IEnumerable<Item> items) =>
        items.SelectMany(item => item switch
        {
            Keyframes keyframes => [keyframes],
            Block block => AllKeyframes(block.Items),
            _ => [],
        });

    private static void NoteAnimations(string body, HashSet<string> animations)
    {
        foreach (var declaration in SplitTopLevel(body, ';'))
        {
            var colon = declaration.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && declaration[..colon].Trim().EndsWith("animation", StringComparison.Ordinal)
                || colon > 0 && declaration[..colon].Trim().EndsWith("animation-name", StringComparison.Ordinal))
            {
                foreach (var word in declaration[(colon + 1)..].Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries))
                {
                    animations.Add(word);
                }
            }
        }
    }

    /// <summary>The classes a selector requires, unescaped (<c>hover\:mud-x</c> is <c>hover:mud-x</c>).</summary>
    internal static IEnumerable<string> ClassesOf(string selector)
    {
        var classes = new List<string>();
        var notDepth = 0;
        var depth = 0;
        for (var i = 0; i < selector.Length; i++)
        {
            var c = selector[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '[')
            {
                // Attribute values may hold dots: skip to the closing bracket.
                i = SkipPast(selector, i, ']');
            }
            else if (c == '(')
            {
                depth++;
                if (i >= 4 && selector.AsSpan(i - 4, 4).SequenceEqual(":not") && notDepth == 0)
                {
                    notDepth = depth;
                }
            }
            else if (c == ')')
            {
                if (depth == notDepth)
                {
                    notDepth = 0;
                }

                depth--;
            }
            else if (c == '.' && notDepth == 0)
            {
                var name = new StringBuilder();
                while (i + 1 < selector.Length && (IsNameChar(selector[i + 1]) || selector[i + 1] == '\\'))
                {
                    i++;
                    if (selector[i] == '\\' && i + 1 < selector.Length)
                    {
                        i++;
                    }

                    name.Append(selector[i]);
                }

                if (name.Length > 0)
                {
                    classes.Add(name.ToString());
                }
            }
        }

        return classes;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';

    private static int SkipPast(string text, int start, char close)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] is '"' or '\'')
            {
                i = SkipString(text, i);
            }
            else if (text[i] == close)
            {
                return i;
            }
        }

        return text.Length;
    }

    private static List<string> SplitTopLevel(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\'')
            {
                i = SkipString(text, i);
            }
            else if (c == '\\')
            {
                i++;
            }
            else if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth--;
            }
            else if (c == separator && depth == 0)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts.Where(p => p.Trim().Length > 0).ToList();
    }
}
