using Bunit;
using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Course.Tests.Progress;
using Microsoft.AspNetCore.Components.Web;

namespace Course.Tests.Gate;

/// <summary>
/// Submissions a browser can forge through the circuit (the quiz card's events and its calls to the progress service)
/// are refused in French and store nothing, on SQLite and PostgreSQL. No HTTP endpoint accepts answers: the circuit is
/// the only way in. The same sites then check forged browser storage (<see cref="ForgedBrowserStorage"/>).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TamperedSubmissionTests(PostgresServerFixture postgres)
{
    private static readonly QuizQuestion Question =
        ShippedCourse.Content.FindChapter("introduction")!.Questions.First(q => q.Kind == QuizKind.SingleChoice);

    private static readonly string Right = Question.CorrectOptionIds.Single();
    private static readonly string Wrong = Question.Options.First(o => !Question.CorrectOptionIds.Contains(o.Id)).Id;
    private static readonly string[] Every = [.. Question.Options.Select(o => o.Id)];

    private static readonly (string Name, string[] Selected, string Message)[] Forged =
    [
        ("nothing", [], QuizGrader.EmptySubmissionMessage),
        ("an unknown id", ["zz"], "La réponse « zz » ne fait pas partie des choix de cette question."),
        ("an option past the last", [((char)('a' + Every.Length)).ToString()],
            $"La réponse « {(char)('a' + Every.Length)} » ne fait pas partie des choix de cette question."),
        ("the same option twice", [Right, Right], QuizGrader.MalformedSubmissionMessage),
        ("two options for a one-answer question", [Right, Wrong], QuizGrader.SeveralOptionsMessage),
        ("every option and one more", [.. Every, Every[0]], QuizGrader.MalformedSubmissionMessage),
        ("a million copies of the right option", [.. Enumerable.Repeat(Right, 1_000_000)], QuizGrader.MalformedSubmissionMessage),
        ("a one-megabyte id", [new string('a', 1_000_000)], QuizGrader.UnknownOptionMessage),
        ("markup as an id", ["<img src=x onerror=alert(1)>"], QuizGrader.UnknownOptionMessage),
        ("a null id", [null!], QuizGrader.UnknownOptionMessage),
    ];

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Forged_submissions_and_forged_browser_storage_are_refused_and_store_nothing(string provider)
    {
        await using var site = await ProgressSites.StartAsync(provider, postgres, "tampered");
        var users = await site.AddStudentsAsync(2, "tampered");
        var userId = users[0];
        await ForgedBrowserStorage.AssertNeitherRestoredNorMergedAsync(site, users[1]);

        using var visit = new StudentVisit(site, userId);

        foreach (var (name, selected, message) in Forged)
        {
            var grading = await visit.Progress.CheckAsync(Question.Id, selected);
            Assert.True(message == grading.Refusal, $"{name}: refused with «{grading.Refusal}», expected «{message}»");
        }

        await visit.Progress.WhenSavedAsync(Question.Id);
        Assert.Null(visit.Progress.StateOf(Question.Id));
        Assert.Empty(await site.AnswersOfAsync(userId));

        // A genuine answer on the card is stored once; events forged on its disabled options afterwards change nothing.
        var card = visit.Card(Question.Id);
        StudentVisit.Answer(card, Right);
        card.WaitForAssertion(() => Assert.Equal("saved", StudentVisit.SaveState(card)), TimeSpan.FromSeconds(10));
        card.Find($"[data-option-id='{Wrong}'] input").Change(true);
        card.Find($"[data-option-id='{Wrong}'] input").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.True(card.Find($"[data-option-id='{Right}'] input").HasAttribute("checked"));
        Assert.False(card.Find($"[data-option-id='{Wrong}'] input").HasAttribute("checked"));
        Assert.Equal("correct", card.Find("[data-answer-state]").GetAttribute("data-answer-state"));
        await visit.Progress.WhenSavedAsync(Question.Id);
        var row = Assert.Single(await site.AnswersOfAsync(userId));
        Assert.Equal((Right, true), (row.ChosenOptions, row.IsCorrect));
    }

    [Fact]
    public void A_refusal_is_announced_to_screen_readers()
    {
        using var visit = new QuizVisit();
        var card = visit.Card(Question.Id);

        card.Find("button[data-quiz-action]").Click();

        Assert.Equal(QuizGrader.EmptySubmissionMessage, card.Find("[role=status][aria-live=polite] [data-quiz-refusal]").TextContent.Trim());
        Assert.Equal(0, visit.Saves);
    }

    private sealed class QuizVisit : ComponentTestContext
    {
        public int Saves => QuizStore.SaveCount;

        public IRenderedComponent<Course.Web.Components.Quizzes.QuizCard> Card(string questionId) =>
            Render<Course.Web.Components.Quizzes.QuizCard>(p => p.Add(c => c.QuestionId, questionId));
    }
}
