using System.Text.RegularExpressions;
using Course.Content.Loading;
using Course.Tests.Quizzes;

namespace Course.Tests.Security;

/// <summary>
/// Quiz text is Markdown written by course authors, rendered to HTML shown as markup: a script, an event handler or
/// a javascript: URL in a question, an option, a feedback or an explanation comes out as inert text.
/// </summary>
public sealed partial class HostileQuizTextTests
{
    private const string Hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> [lien](javascript:alert(3)) <a href=\\\"javascript:alert(4)\\\" onclick=\\\"alert(5)\\\">a</a>";

    [Fact]
    public void Every_quiz_text_renders_hostile_markup_as_inert_text()
    {
        var quiz = $$"""
            ```quiz
            id: hostile-quiz
            type: single
            concept: Les services de DockerCoins
            review: les-services
            question: "Question {{Hostile}}"
            options:
              - text: "Option {{Hostile}}"
                correct: true
              - text: "Autre {{Hostile}}"
                feedback: "Retour {{Hostile}}"
            explanation: "Explication {{Hostile}}"
            ```
            """;

        var question = ChapterLoader.Load([(QuizChapterSource.FileName, QuizChapterSource.Chapter(quiz))]).AllQuestions.Single();

        string[] rendered =
        [
            question.PromptHtml,
            question.ExplanationHtml,
            .. question.Options.Select(o => o.Html),
            .. question.OptionFeedbackHtml.Values,
        ];
        Assert.Equal(5, rendered.Length);
        foreach (var html in rendered)
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.False(JavaScriptUrl().IsMatch(html), $"a javascript: URL survived in: {html}");
            Assert.False(EventHandlerAttribute().IsMatch(html), $"an event handler attribute survived in: {html}");
        }

        Assert.Contains("&lt;script&gt;", question.PromptHtml);
    }

    // An on…= attribute inside a tag (text such as "&lt;img onerror=" is inert and does not match).
    [GeneratedRegex(@"<[^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();

    [GeneratedRegex(@"<[^>]*\s(href|src)\s*=\s*[""']?\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex JavaScriptUrl();
}
