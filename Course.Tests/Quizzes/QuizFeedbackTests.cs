using Course.Content.Loading;
using Course.Content.Quizzes;
using static Course.Tests.Quizzes.QuizChapterSource;

namespace Course.Tests.Quizzes;

/// <summary>Per-option feedback: written in the quiz block, validated at load, returned only for chosen wrong options.</summary>
public sealed class QuizFeedbackTests
{
    private const string WithFeedback = """
        ```quiz
        id: test-feedback
        type: multiple
        concept: Les services de DockerCoins
        review: les-services
        question: Que fait le worker ?
        options:
          - text: Il demande des octets à `rng`
            correct: true
          - text: Il affiche le tableau de bord
            feedback: "C'est `webui` qui *affiche* le tableau de bord."
          - text: Il stocke le compteur lui-même
            feedback: Le compteur est rangé dans redis.
          - text: Il envoie les octets à `hasher`
            correct: true
        explanation: Le worker boucle entre `rng` et `hasher`.
        ```
        """;

    [Fact]
    public void Feedback_lines_are_rendered_as_inline_html_by_option_id()
    {
        var question = ChapterLoader.Load([(FileName, Chapter(WithFeedback))]).AllQuestions.Single();

        Assert.Equal(["b", "c"], question.OptionFeedbackHtml.Keys.Order());
        Assert.Equal("C'est <code>webui</code> qui <em>affiche</em> le tableau de bord.", question.OptionFeedbackHtml["b"]);
        Assert.DoesNotContain(question.ToView().Options, o => o.Html.Contains("redis", StringComparison.Ordinal));
    }

    [Fact]
    public void Feedback_on_a_correct_option_is_refused_on_its_line()
    {
        var text = Chapter(WithFeedback.Replace("    correct: true\n  - text: Il affiche", "    correct: true\n    feedback: Bien vu.\n  - text: Il affiche"));

        var error = Assert.Single(Assert.Throws<InvalidContentException>(() => ChapterLoader.Load([(FileName, text)])).Errors);

        Assert.Equal(LineOf(text, "feedback: Bien vu."), error.Line);
        Assert.Contains("'feedback' is shown only when a wrong option is chosen", error.Message);
    }

    [Theory]
    [InlineData("feedback: Le compteur est rangé dans redis.", "feedback: \"\"", "'feedback' must be a non-empty text")]
    [InlineData("review: les-services", "keywords: []\nreview: les-services", "'keywords' must be a list of 1 to 5")]
    [InlineData("review: les-services", "keywords: rng\nreview: les-services", "'keywords' must be a list of 1 to 5")]
    [InlineData("feedback: Le compteur", "retour: Le compteur", "unknown option key 'retour' (expected one of: text, correct, feedback)")]
    public void Invalid_feedback_or_keywords_point_at_their_line(string find, string replace, string message)
    {
        var text = Chapter(WithFeedback.Replace(find, replace));
        var line = LineOf(text, replace.Split('\n')[0]);

        var error = Assert.Single(Assert.Throws<InvalidContentException>(() => ChapterLoader.Load([(FileName, text)])).Errors);

        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Grading_returns_feedback_only_for_the_wrong_options_the_student_chose()
    {
        var question = ChapterLoader.Load([(FileName, Chapter(WithFeedback))]).AllQuestions.Single();

        var result = QuizGrader.Grade(question, ["a", "b"]).Result!;

        Assert.False(result.IsCorrect);
        Assert.Equal(question.OptionFeedbackHtml["b"], result.Verdicts.Single(v => v.OptionId == "b").FeedbackHtml);
        Assert.All(result.Verdicts.Where(v => v.OptionId != "b"), v => Assert.Null(v.FeedbackHtml));
    }

    [Fact]
    public void A_right_answer_carries_no_feedback()
    {
        var question = ChapterLoader.Load([(FileName, Chapter(WithFeedback))]).AllQuestions.Single();

        var result = QuizGrader.Grade(question, ["a", "d"]).Result!;

        Assert.True(result.IsCorrect);
        Assert.All(result.Verdicts, v => Assert.Null(v.FeedbackHtml));
    }
}
