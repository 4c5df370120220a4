using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Course.Content.Markdown.CodeBlocks;

/// <summary>
/// Renders code blocks inside a figure with a language label and a copy button. The button is wired by the
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
            .Write("</span><button type=\"button\" class=\"code-block__copy\" data-copy-code aria-label=\"Copier le code (")
            .WriteEscape(label)
            // tabindex: a long line scrolls sideways, and keyboard users must be able to scroll it too (WCAG 2.1.1).
            .Write(")\">Copier</button></figcaption><pre tabindex=\"0\"><code");
        if (language.Length > 0)
        {
            renderer.Write(" class=\"language-").WriteEscape(language).Write('"');
        }

        renderer.Write('>');
        renderer.WriteLeafRawLines(block, true, true);
        renderer.WriteLine("</code></pre></figure>");
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
