using Course.Content.Quizzes;

namespace Course.Tests.Quizzes;

public sealed class QuizGraderTests
{
    private static readonly QuizQuestion Single = Question(QuizKind.SingleChoice, ["a", "b", "c"], ["b"]);
    private static readonly QuizQuestion Multiple = Question(QuizKind.MultipleChoice, ["a", "b", "c", "d"], ["a", "c"]);
    private static readonly QuizQuestion TrueFalse = Question(QuizKind.TrueFalse, ["a", "b"], ["a"]);

    [Fact]
    public void Single_choice_right_option_is_correct()
    {
        var result = Graded(Single, "b");

        Assert.True(result.IsCorrect);
        Assert.Equal(["b"], result.SelectedOptionIds);
        Assert.Equal(
            [new("a", false, false), new("b", true, true), new("c", false, false)],
            result.Verdicts);
    }

    [Fact]
    public void Single_choice_wrong_option_is_incorrect_and_shows_which_was_right()
    {
        var result = Graded(Single, "c");

        Assert.False(result.IsCorrect);
        var chosen = result.Verdicts.Single(v => v.OptionId == "c");
        Assert.True(chosen.Selected);
        Assert.False(chosen.IsRightChoice);
        var expected = result.Verdicts.Single(v => v.Correct);
        Assert.Equal("b", expected.OptionId);
        Assert.False(expected.Selected);
    }

    [Fact]
    public void Multiple_choice_all_correct_options_and_nothing_else_is_correct()
    {
        var result = Graded(Multiple, "c", "a");

        Assert.True(result.IsCorrect);
        Assert.Equal(["a", "c"], result.SelectedOptionIds);
        Assert.All(result.Verdicts, v => Assert.True(v.IsRightChoice));
    }

    [Fact]
    public void Multiple_choice_missing_one_correct_option_is_incorrect()
    {
        var result = Graded(Multiple, "a");

        Assert.False(result.IsCorrect);
        Assert.Equal(["c"], result.Verdicts.Where(v => !v.IsRightChoice).Select(v => v.OptionId));
    }

    [Fact]
    public void Multiple_choice_all_correct_plus_a_wrong_one_is_incorrect()
    {
        var result = Graded(Multiple, "a", "c", "d");

        Assert.False(result.IsCorrect);
        Assert.Equal(["d"], result.Verdicts.Where(v => !v.IsRightChoice).Select(v => v.OptionId));
    }

    [Fact]
    public void Multiple_choice_only_wrong_options_is_incorrect()
    {
        Assert.False(Graded(Multiple, "b", "d").IsCorrect);
    }

    [Fact]
    public void Duplicate_ids_in_a_submission_are_refused()
    {
        // The card keeps a set: the same option twice can only be a forged message.
        Assert.Equal(QuizGrader.MalformedSubmissionMessage, QuizGrader.Grade(Single, ["b", "b"]).Refusal);
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("b", false)]
    public void True_false_is_graded_like_a_single_choice(string chosen, bool expected)
    {
        Assert.Equal(expected, Graded(TrueFalse, chosen).IsCorrect);
    }

    [Fact]
    public void Empty_submission_is_refused_with_a_french_message()
    {
        var grading = QuizGrader.Grade(Single, []);

        Assert.True(grading.IsRefused);
        Assert.Null(grading.Result);
        Assert.Equal("Choisissez au moins une réponse avant de vérifier.", grading.Refusal);
    }

    [Fact]
    public void Option_the_question_does_not_have_is_refused()
    {
        var grading = QuizGrader.Grade(Multiple, ["a", "z"]);

        Assert.True(grading.IsRefused);
        Assert.Equal("La réponse « z » ne fait pas partie des choix de cette question.", grading.Refusal);
    }

    [Theory]
    [InlineData(QuizKind.SingleChoice)]
    [InlineData(QuizKind.TrueFalse)]
    public void Several_options_on_a_one_answer_question_are_refused(QuizKind kind)
    {
        var question = kind is QuizKind.TrueFalse ? TrueFalse : Single;

        var grading = QuizGrader.Grade(question, ["a", "b"]);

        Assert.True(grading.IsRefused);
        Assert.Equal(QuizGrader.SeveralOptionsMessage, grading.Refusal);
    }

    private static QuizResult Graded(QuizQuestion question, params string[] selected)
    {
        var grading = QuizGrader.Grade(question, selected);
        Assert.False(grading.IsRefused, grading.Refusal);
        return grading.Result;
    }

    private static QuizQuestion Question(QuizKind kind, string[] optionIds, string[] correct) => new(
        $"q-{kind}".ToLowerInvariant(),
        kind,
        "Question ?",
        optionIds.Select(id => new QuizOption(id, $"Option {id}")).ToList(),
        correct,
        "Parce que.",
        "Concept",
        "section",
        "chapitre",
        "01-chapitre.md",
        1);
}
