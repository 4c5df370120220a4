using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Course.Content.Markdown;

/// <summary>Plain text of an inline container (emphasis and code spans flattened).</summary>
public static class InlineText
{
    /// <summary>Returns the concatenated literal and code text of <paramref name="inline"/>.</summary>
    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var builder = new StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
            }
        }

        return builder.ToString().Trim();
    }
}
