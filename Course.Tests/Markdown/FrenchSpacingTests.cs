using Course.Content.Markdown;
using Course.Content.Markdown.Typography;
using Course.Tests.Infrastructure;
using Markdig;

namespace Course.Tests.Markdown;

public sealed class FrenchSpacingTests
{
    private const char Nnbsp = '\u202F';
    private static readonly MarkdownPipeline Pipeline = CourseMarkdown.CreatePipeline();

    private static string Render(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);

    [Theory]
    [InlineData("Pourquoi ?", "Pourquoi\u202F?")]
    [InlineData("Attention : ceci ; cela !", "Attention\u202F: ceci\u202F; cela\u202F!")]
    [InlineData("« Pod »", "«\u202FPod\u202F»")]
    [InlineData("déjà\u00A0: insécable", "déjà\u202F: insécable")]
    [InlineData("http://exemple.fr à 10:30", "http://exemple.fr à 10:30")]
    public void Spaces_before_high_punctuation_and_inside_guillemets_become_narrow_no_break_spaces(string text, string expected) =>
        Assert.Equal(expected, FrenchSpacing.Apply(text));

    [Fact]
    public void Rendered_text_gets_narrow_no_break_spaces_but_code_urls_and_attributes_do_not()
    {
        var html = Render("""
            ## Qu'est-ce qu'un Pod ?

            Le « worker » dit : `echo "a ; b" ?` puis **bonjour** ! Voir [la doc ?](https://exemple.fr/a?b=c "titre ?") et https://exemple.fr/x?y=z !

            ```bash
            echo "oui ? non !"
            ```
            """);

        Assert.Contains($"<h2 id=\"qu-est-ce-qu-un-pod\">Qu'est-ce qu'un Pod{Nnbsp}?</h2>", html);
        Assert.Contains($"Le «{Nnbsp}worker{Nnbsp}» dit{Nnbsp}:", html);
        Assert.Contains("<code>echo &quot;a ; b&quot; ?</code>", html);
        Assert.Contains($"<strong>bonjour</strong>{Nnbsp}!", html);
        Assert.Contains($">la doc{Nnbsp}?</a>", html);
        Assert.Contains("href=\"https://exemple.fr/a?b=c\"", html);
        Assert.Contains("title=\"titre ?\"", html);
        Assert.Contains($"https://exemple.fr/x?y=z</a>{Nnbsp}!", html);
        Assert.Contains("oui ? non !", html);
    }

    [Fact]
    public void The_shipped_chapters_and_quizzes_have_no_ordinary_space_before_high_punctuation_in_their_text()
    {
        var questions = ShippedCourse.Content.Chapters.SelectMany(c => c.Questions).ToList();
        Assert.NotEmpty(questions);
        Assert.Contains(questions, q => q.PromptHtml.Contains(Nnbsp));
        foreach (var question in questions)
        {
            Assert.DoesNotMatch("[ \u00A0][:;?!»]", question.PromptHtml);
            Assert.All(question.Options, o => Assert.DoesNotMatch("[ \u00A0][?!»]", o.Html));
        }

        foreach (var chapter in ShippedCourse.Content.Chapters)
        {
            Assert.DoesNotMatch(" [?!»]", chapter.Title);
            foreach (var section in chapter.Sections)
            {
                // Code is left as written: only the text outside <pre> and <code> is checked.
                var text = System.Text.RegularExpressions.Regex.Replace(section.Html, "<pre.*?</pre>|<code>.*?</code>|<[^>]*>", "",
                    System.Text.RegularExpressions.RegexOptions.Singleline);
                Assert.DoesNotMatch(" [?!»;]", text);
            }
        }
    }
}
