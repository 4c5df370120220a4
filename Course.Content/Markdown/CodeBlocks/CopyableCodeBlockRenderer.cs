using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Course.Content.Markdown.CodeBlocks;

/// <summary>
/// Renders code blocks inside a figure with a language label, a wrap toggle and a copy button, the code highlighted by
/// <see cref="CodeHighlighter"/>. The button is wired by the
/// site's script (event delegation on <c>[data-copy-code]</c>), so the HTML stays static and cacheable.
/// </summary>
public sealed class CopyableCodeBlockRenderer : HtmlObjectRenderer<CodeBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        var language = (block as FencedCodeBlock)?.Info?.Trim() ?? "";
        var label = LanguageLabel(language);

        renderer.EnsureLine();
        renderer.Write("<figure class=\"code-block\"");
        if (language.Length > 0)
        {
            renderer.Write(" data-language=\"").WriteEscape(language).Write('"');
        }

        renderer.Write("><figcaption class=\"code-block__bar\"><span class=\"code-block__language\">")
            .WriteEscape(label)
            // A long line scrolls sideways (with an edge fade); the wrap toggle folds it instead, on request.
            .Write("</span><span class=\"code-block__tools\"><button type=\"button\" class=\"code-block__copy\" data-wrap-code aria-pressed=\"false\">Retour à la ligne</button>")
            .Write("<button type=\"button\" class=\"code-block__copy\" data-copy-code aria-label=\"Copier le code (")
            .WriteEscape(label)
            // tabindex: a long line scrolls sideways, and keyboard users must be able to scroll it too (WCAG 2.1.1).
            .Write(")\">Copier</button></span></figcaption><pre tabindex=\"0\"><code");
        if (language.Length > 0)
        {
            renderer.Write(" class=\"language-").WriteEscape(language).Write('"');
        }

        renderer.Write('>');
        renderer.Write(CodeHighlighter.ToHtml(CodeOf(block), language));
        renderer.WriteLine("</code></pre></figure>");
    }

    // The block's lines, each ending in a line feed as Markdig writes them.
    private static string CodeOf(CodeBlock block)
    {
        var builder = new System.Text.StringBuilder();
        var lines = block.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            builder.Append(lines.Lines[i].Slice.AsSpan()).Append('\n');
        }

        return builder.ToString();
    }

    private static string LanguageLabel(string language) => language.ToLowerInvariant() switch
    {
        "" => "code",
        "bash" or "sh" or "shell" or "console" => "bash",
        "text" or "txt" or "output" => "sortie",
        "yaml" or "yml" => "YAML",
        "json" => "JSON",
        var other => other,
    };
}
