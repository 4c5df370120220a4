using Course.Content.Markdown;
using Course.Content.Model;
using Course.Content.Quizzes;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Course.Content.Loading;

/// <summary>
/// Renders a chapter body to HTML, split into one section per heading. Quiz blocks render nothing: each
/// becomes a question of the section it follows.
/// </summary>
internal sealed class ChapterBodyRenderer(MarkdownPipeline pipeline)
{
    /// <param name="markdown">The chapter body, front matter removed.</param>
    /// <param name="createQuizReader">Builds the chapter's quiz reader from the chapter's heading ids.</param>
    public IReadOnlyList<ChapterSection> Render(string markdown, Func<IReadOnlySet<string>, QuizReader> createQuizReader)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var headingIds = document.Descendants<HeadingBlock>()
            .Select(h => h.GetAttributes().Id ?? "")
            .ToHashSet(StringComparer.Ordinal);
        var quizReader = createQuizReader(headingIds);
        foreach (var nested in document.Descendants<QuizBlock>().Where(q => q.Parent is not MarkdownDocument))
        {
            quizReader.ReportNested(nested);
        }

        var sections = new List<ChapterSection>();
        var current = new SectionBuilder(pipeline, null);
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                current.AddTo(sections);
                current = new SectionBuilder(pipeline, heading);
            }

            if (block is QuizBlock quiz)
            {
                current.Add(quizReader.Read(quiz));
                continue;
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
        private readonly List<QuizQuestion> _questions = [];
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

        public void Add(QuizQuestion? question)
        {
            if (question is not null)
            {
                _questions.Add(question);
            }

            _hasContent = true;
        }

        public void AddTo(List<ChapterSection> sections)
        {
            if (!_hasContent)
            {
                return;
            }

            _renderer.Writer.Flush();
            var section = _heading is null
                ? new ChapterSection("", "", 0, _writer.ToString())
                : new ChapterSection(
                    _heading.GetAttributes().Id ?? "",
                    InlineText.Of(_heading.Inline),
                    _heading.Level,
                    _writer.ToString());
            sections.Add(section with { Questions = _questions });
        }
    }
}
