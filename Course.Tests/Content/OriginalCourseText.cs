using System.Text;
using System.Text.RegularExpressions;
using Course.Tests.Infrastructure;
using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Course.Tests.Content;

/// <summary>
/// The words of the original course document and of the shipped chapters with every addition of this edition
/// taken out (editorial notes, quiz blocks, front matter, chapters marked <c>addedInEdition</c>), for the fidelity test.
/// </summary>
internal static partial class OriginalCourseText
{
    /// <summary>
    /// The only changes the edition makes to the original text: two spelling slips the review named, and the long
    /// CircleCI address of chapter 2 turned into a readable link (done before this edition). Each must apply.
    /// </summary>
    public static readonly (string Original, string Shipped)[] AllowedCorrections =
    [
        ("vous déployerez", "vous déploierez"),
        ("exécutant Centos", "exécutant CentOS"),
        ("conteneurs Centos", "conteneurs CentOS"),
        ("(https://circleci.com/blog/canary-vs-blue-green-downtime/#:~:text=In%20blue%2Dgreen%20deployment%20you,first%2C%20before%20finishing%20the%20others)",
         "([Canary vs blue-green, sur le blog de CircleCI](https://circleci.com/blog/canary-vs-blue-green-downtime/))"),
    ];

    // The same plain pipeline reads both sides; alert blocks are parsed so that notes can be removed from the chapters.
    private static readonly MarkdownPipeline Plain = new MarkdownPipelineBuilder().UseAlertBlocks().Build();

    /// <summary>The repaired original document, corrections applied, as words in reading order.</summary>
    public static IReadOnlyList<string> OriginalWords()
    {
        var text = RepairedSeed();
        foreach (var (original, shipped) in AllowedCorrections)
        {
            Assert.True(text.Contains(original, StringComparison.Ordinal), $"allowed correction no longer applies: '{original}'");
            text = text.Replace(original, shipped, StringComparison.Ordinal);
        }

        // "# 3- L'Architecture..." becomes the chapter title "L'Architecture...": the number is the chapter's order.
        text = ChapterHeading().Replace(text, "# ");
        return Words(PlainText(Markdig.Markdown.Parse(text, Plain)));
    }

    /// <summary>The shipped chapters of the original workshop without this edition's additions, as words.</summary>
    public static IReadOnlyList<string> ShippedWords()
    {
        var words = new List<string>();
        foreach (var chapter in ShippedCourse.Content.Chapters.Where(c => !c.IsEditionAddition))
        {
            var source = File.ReadAllText(Path.Combine(ShippedCourse.ChaptersDirectory, chapter.SourceFile));
            var body = source.ReplaceLineEndings("\n").Split("\n---\n", 2)[1];
            var document = Markdig.Markdown.Parse(body, Plain);
            foreach (var addition in document.Descendants<Block>().Where(IsAddition).ToList())
            {
                addition.Parent?.Remove(addition);
            }

            words.AddRange(Words(chapter.Title));
            words.AddRange(Words(PlainText(document)));
        }

        return words;
    }

    /// <summary>The handed-over bytes are UTF-8 of text once decoded as Mac Roman: undo that decoding.</summary>
    public static string RepairedSeed()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var garbled = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Content", "original-course-seed.txt"));
        var repaired = Encoding.UTF8.GetString(Encoding.GetEncoding("macintosh").GetBytes(garbled));
        Assert.Contains("Démarrage", repaired);
        return repaired.ReplaceLineEndings("\n");
    }

    private static bool IsAddition(Block block) =>
        block is AlertBlock || (block is FencedCodeBlock fence && fence.Info == "quiz");

    private static string PlainText(MarkdownDocument document)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Plain.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private static IReadOnlyList<string> Words(string text) => Word().Matches(text).Select(m => m.Value).ToList();

    [GeneratedRegex(@"^#\s*\d+\s*-\s*", RegexOptions.Multiline)]
    private static partial Regex ChapterHeading();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
