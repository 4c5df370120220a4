using Course.Content.Markdown;
using Course.Content.Markdown.EditionNotes;
using Course.Content.Markdown.HeadingIds;
using Course.Content.Model;
using Course.Content.Quizzes;
using Markdig;
using Markdig.Extensions.Alerts;
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
    /// <param name="createQuizReader">
    /// Builds the chapter's quiz reader from the chapter's heading ids; null for a document that takes no quiz.
    /// </param>
    /// <param name="reportError">Reports a problem at a 0-based line of <paramref name="markdown"/>.</param>
    /// <param name="pagePath">The page's address relative to the base href, for the headings' permalinks.</param>
    public IReadOnlyList<ChapterSection> Render(
        string markdown, Func<IReadOnlySet<string>, QuizReader>? createQuizReader, Action<int, string> reportError, string pagePath)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        HeadingPermalinkExtension.SetPagePath(document, pagePath);
        var headingIds = document.Descendants<HeadingBlock>()
            .Select(h => h.GetAttributes().Id ?? "")
            .ToHashSet(StringComparer.Ordinal);
        var quizReader = createQuizReader?.Invoke(headingIds);
        foreach (var nested in document.Descendants<QuizBlock>().Where(q => q.Parent is not MarkdownDocument))
        {
            quizReader?.ReportNested(nested);
        }

        foreach (var alert in document.Descendants<AlertBlock>().Where(a => a.Kind.ToString() != EditionNoteExtension.Kind))
        {
            reportError(alert.Line, $"unsupported callout '[!{alert.Kind}]': only '> [!NOTE]' (« Note de cette édition ») is used in this course");
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
                if (quizReader is null)
                {
                    reportError(quiz.Line, "quiz blocks belong in chapters: a guide cannot hold one");
                    continue;
                }

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
