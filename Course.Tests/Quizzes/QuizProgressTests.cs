using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Course.Web.Components.Quizzes;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Quizzes;

public sealed class QuizProgressTests : QuizComponentTestBase
{
    [Theory]
    [InlineData(SingleId, new[] { "z" }, "La réponse « z » ne fait pas partie des choix de cette question.")]
    [InlineData(SingleId, new[] { "a", "b" }, QuizGrader.SeveralOptionsMessage)]
    [InlineData(TrueFalseId, new[] { "a", "b" }, QuizGrader.SeveralOptionsMessage)]
    [InlineData(MultipleId, new string[0], QuizGrader.EmptySubmissionMessage)]
    public async Task Invalid_submission_is_refused_and_changes_nothing(string questionId, string[] selected, string message)
    {
        var progress = Services.GetRequiredService<QuizProgress>();
        var changes = 0;
        progress.Changed += () => changes++;
        await progress.EnsureLoadedAsync();
        changes = 0;

        var grading = await progress.CheckAsync(questionId, selected);

        Assert.True(grading.IsRefused);
        Assert.Equal(message, grading.Refusal);
        Assert.Null(progress.StateOf(questionId));
        Assert.Equal(0, changes);
        Assert.Equal(0, Store.SaveCount);
    }

    [Fact]
    public async Task Unknown_question_is_an_error_not_a_grade()
    {
        var progress = Services.GetRequiredService<QuizProgress>();

        await Assert.ThrowsAsync<ArgumentException>(() => progress.CheckAsync("nope", ["a"]));
    }
}
