using Course.Content.Loading;
using Course.Content.Markdown;
using Course.Tests.Infrastructure;
using Markdig;

namespace Course.Tests.Markdown;

/// <summary>"Note de cette édition": <c>&gt; [!NOTE]</c> in, an accessible <c>aside</c> out.</summary>
public sealed class EditionNoteTests
{
    private static readonly MarkdownPipeline Pipeline = CourseMarkdown.CreatePipeline();

    [Fact]
    public void Note_block_renders_as_a_titled_aside_with_the_note_role()
    {
        var html = Markdig.Markdown.ToHtml("> [!NOTE]\n> Le *plan de contrôle*, voir [la doc](https://kubernetes.io/docs/).\n", Pipeline);

        Assert.Equal(
            "<aside class=\"edition-note\" role=\"note\" aria-label=\"Note de cette édition\">\n" +
            "<p class=\"edition-note__title\">Note de cette édition</p>\n" +
            "<p>Le <em>plan de contrôle</em>, voir <a href=\"https://kubernetes.io/docs/\" target=\"_blank\" rel=\"noopener noreferrer\">la doc</a>.</p>\n" +
            "</aside>\n",
            html.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_plain_quote_stays_a_blockquote()
    {
        var html = Markdig.Markdown.ToHtml("> Une citation.\n", Pipeline);

        Assert.Equal("<blockquote>\n<p>Une citation.</p>\n</blockquote>\n", html.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Code_inside_a_note_keeps_its_copy_button()
    {
        var html = Markdig.Markdown.ToHtml("> [!NOTE]\n> ```bash\n> kubectl get nodes\n> ```\n", Pipeline);

        Assert.Contains("<figure class=\"code-block\" data-language=\"bash\">", html);
        Assert.Contains("kubectl get nodes", html);
    }

    [Theory]
    [InlineData("WARNING")]
    [InlineData("TIP")]
    public void Other_callout_kinds_are_refused_with_their_line(string kind)
    {
        var text = ChapterFile.Valid(body: $"## Démarrage\n\nBonjour.\n\n> [!{kind}]\n> Attention.\n");
        var line = text.ReplaceLineEndings("\n").Split('\n').ToList().FindIndex(l => l.Contains($"[!{kind}]", StringComparison.Ordinal)) + 1;

        var error = Assert.Single(Assert.Throws<InvalidContentException>(() => ChapterLoader.Load([("01-a.md", text)])).Errors);

        Assert.Equal(("01-a.md", line), (error.File, error.Line));
        Assert.Contains($"unsupported callout '[!{kind}]'", error.Message);
    }
}
