using Course.Content.Markdown;
using Course.Content.Model;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Course.Content.Loading;

/// <summary>Renders a chapter body to HTML, split into one section per heading.</summary>
internal sealed class ChapterBodyRenderer(MarkdownPipeline pipeline)
{
    public IReadOnlyList<ChapterSection> Render(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var sections = new List<ChapterSection>();
        var current = new SectionBuilder(pipeline, null);
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                current.AddTo(sections);
                current = new SectionBuilder(pipeline, heading);
            }

            current.Render(block);
        }

        current.AddTo(sections);
        return sections;
    }

    private sealed class SectionBuilder
    {
        private readonly StringWriter _writer = new();
        private readonly HtmlRenderer _renderer;
        private readonly HeadingBlock? _heading;
        private bool _hasContent;

        public SectionBuilder(MarkdownPipeline pipeline, HeadingBlock? heading)
        {
            _heading = heading;
            _renderer = new HtmlRenderer(_writer);
            pipeline.Setup(_renderer);
        }

        public void Render(Block block)
        {
            _renderer.Render(block);
            _hasContent = true;
        }

        public void AddTo(List<ChapterSection> sections)
        {
            if (!_hasContent)
            {
                return;
            }

            _renderer.Writer.Flush();
            sections.Add(_heading is null
                ? new ChapterSection("", "", 0, _writer.ToString())
                : new ChapterSection(
                    _heading.GetAttributes().Id ?? "",
                    InlineText.Of(_heading.Inline),
                    _heading.Level,
                    _writer.ToString()));
        }
    }
}
