using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Course.Content.Markdown.EditionNotes;

/// <summary>
/// Renders a <c>&gt; [!NOTE]</c> block as <c>&lt;aside role="note"&gt;</c> with a visible title, so readers and
/// screen readers alike can tell an editorial addition from the original course text.
/// </summary>
public sealed class EditionNoteRenderer : HtmlObjectRenderer<AlertBlock>
{
    /// <summary>The visible title and accessible name of every note.</summary>
    public const string Title = "Note de cette édition";

    /// <summary>The CSS class of the callout; the site styles it with the theme's palette variables.</summary>
    public const string CssClass = "edition-note";

    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, AlertBlock obj)
    {
        renderer.EnsureLine();
        if (!renderer.EnableHtmlForBlock)
        {
            renderer.WriteChildren(obj);
            return;
        }

        renderer.Write($"<aside class=\"{CssClass}\" role=\"note\" aria-label=\"{Title}\">").WriteLine();
        renderer.Write($"<p class=\"{CssClass}__title\">{Title}</p>").WriteLine();
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(obj);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.EnsureLine();
        renderer.WriteLine("</aside>");
    }
}
