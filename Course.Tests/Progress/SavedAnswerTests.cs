using Bunit;
using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Course.Web.Components.Progress;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Progress;

/// <summary>A signed-in student's answers from the quiz card to the database and back, on SQLite and PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SavedAnswerTests(PostgresServerFixture postgres)
{
    private static readonly QuizQuestion Question = ShippedCourse.Content.FindChapter("introduction")!.Questions.First(q => q.CorrectOptionIds.Count == 1);
    private static readonly string QuestionId = Question.Id;
    private static readonly string Right = Question.CorrectOptionIds.Single();
    private static readonly string Wrong = Question.Options.First(o => !Question.CorrectOptionIds.Contains(o.Id)).Id;

    [Fact]
    public async Task The_card_says_Enregistre_only_after_the_commit_and_a_retry_stores_the_same_answer_once()
    {
        await using var site = await ProgressSites.StartAsync("Postgres", postgres, "saved_retry");
        var userId = (await site.AddStudentsAsync(1, "retry"))[0];
        var database = new Npgsql.NpgsqlConnectionStringBuilder(site.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["ConnectionStrings:Course"]);
        await using var relay = new TcpRelay(database.Port);
        database.Host = "127.0.0.1";
        database.Port = relay.Port;
        database.Pooling = false;
        using var visit = new StudentVisit(site, userId, contexts: TestCourseDatabase.Postgres(database.ConnectionString));
        var card = visit.Card(QuestionId);

        // The database is down (nothing listens on the relay's port): the grade shows, the save fails.
        StudentVisit.Answer(card, Wrong);

        card.WaitForAssertion(() => Assert.Equal("incorrect", card.Find("[data-answer-state]").GetAttribute("data-answer-state")));
        Assert.NotEqual("saved", StudentVisit.SaveState(card));
        card.WaitForAssertion(() => Assert.Equal("not-saved", StudentVisit.SaveState(card)), TimeSpan.FromSeconds(10));
        Assert.StartsWith("Non enregistré", card.Find("[role=status] [data-save-state]").TextContent.Trim());
        Assert.NotNull(card.Find($"[data-option-id='{Wrong}'] input").GetAttribute("checked"));
        Assert.Empty(await site.AnswersOfAsync(userId));

        // Back up: the retry sends the same answer, which is then acknowledged and stored once.
        relay.Start();
        card.Find("button[data-quiz-save-retry]").Click();

        card.WaitForAssertion(() => Assert.Equal("saved", StudentVisit.SaveState(card)), TimeSpan.FromSeconds(10));
        Assert.Equal("Enregistré", card.Find("[role=status] [data-save-state]").TextContent.Trim());
        Assert.Empty(card.FindAll("button[data-quiz-save-retry]"));
        Assert.NotNull(card.Find($"[data-option-id='{Wrong}'] input").GetAttribute("checked"));
        var row = Assert.Single(await site.AnswersOfAsync(userId));
        Assert.Equal((Wrong, false, 1), (row.ChosenOptions, row.IsCorrect, row.Attempt));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_submission_sent_again_after_its_commit_is_not_stored_twice(string provider)
    {
        await using var site = await ProgressSites.StartAsync(provider, postgres, "saved_once");
        var userId = (await site.AddStudentsAsync(1, "once"))[0];
        var recorder = site.Services.GetRequiredService<AnswerRecorder>();
        var result = QuizGrader.Grade(Question, [Right]).Result!;

        var first = await recorder.RecordOnceAsync(userId, Question, result, "submission-1");
        var again = await recorder.RecordOnceAsync(userId, Question, result, "submission-1");
        var next = await recorder.RecordOnceAsync(userId, Question, result, "submission-2");

        Assert.Equal((first.Id, first.Attempt), (again.Id, again.Attempt));
        Assert.Equal(2, next.Attempt);
        Assert.Equal(2, (await site.AnswersOfAsync(userId)).Count);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task One_hundred_students_answering_at_once_store_exactly_one_hundred_rows(string provider)
    {
        await using var site = await ProgressSites.StartAsync(provider, postgres, "saved_hundred");
        var students = await site.AddStudentsAsync(100, "crowd");
        var answers = site.Services.GetRequiredService<AccountAnswers>();
        var result = QuizGrader.Grade(Question, [Right]).Result!;

        var recorded = await Task.WhenAll(students.Select(userId =>
            Task.Run(() => answers.RecordAsync(userId, Question, result, Guid.NewGuid().ToString("N")))));

        Assert.All(recorded, r => Assert.Equal(1, r.Attempt));
        await using var context = await site.Contexts().CreateDbContextAsync();
        Assert.Equal(100, context.QuizAnswers.Count(a => a.QuestionId == QuestionId));
        Assert.Equal(100, context.QuizAnswers.Select(a => a.UserId).Distinct().Count());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_restart_loses_nothing_and_the_answers_show_graded_again(string provider)
    {
        using var data = new TestDataDirectory();
        string userId;
        string? connection = null;
        await using (var first = await ProgressSites.StartAsync(provider, postgres, "saved_restart", data.Path))
        {
            userId = (await first.AddStudentsAsync(1, "restart"))[0];
            connection = first.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["ConnectionStrings:Course"];
            using var visit = new StudentVisit(first, userId);
            var card = visit.Card(QuestionId);
            StudentVisit.Answer(card, Wrong);
            card.WaitForAssertion(() => Assert.Equal("saved", StudentVisit.SaveState(card)), TimeSpan.FromSeconds(10));
            card.Find("button[data-quiz-action]").Click();
            StudentVisit.Answer(card, Right);
            card.WaitForAssertion(() => Assert.Equal("saved", StudentVisit.SaveState(card)), TimeSpan.FromSeconds(10));
        }

        await using var restarted = new InMemorySiteFactory();
        if (provider == "Postgres")
        {
            restarted.With("Database:Provider", "Postgres").With("ConnectionStrings:Course", connection);
        }
        else
        {
            restarted.With("Database:DataDirectory", data.Path);
        }

        _ = restarted.Server;
        using var reload = new StudentVisit(restarted, userId);
        var again = reload.Card(QuestionId);

        again.WaitForAssertion(() => Assert.Equal("correct", again.Find("[data-answer-state]").GetAttribute("data-answer-state")), TimeSpan.FromSeconds(10));
        Assert.NotNull(again.Find($"[data-option-id='{Right}'] input").GetAttribute("checked"));
        Assert.Equal("saved", StudentVisit.SaveState(again));
        var state = reload.Progress.StateOf(QuestionId)!;
        Assert.Equal((2, false, true), (state.Attempts, state.FirstTryCorrect, state.LastCorrect));
        Assert.Equal([false, true], (await restarted.AnswersOfAsync(userId)).Select(a => a.IsCorrect));
    }

    [Fact]
    public async Task A_refused_submission_of_a_signed_in_student_stores_nothing()
    {
        await using var site = await ProgressSites.StartAsync("Sqlite", postgres, "saved_refused");
        var userId = (await site.AddStudentsAsync(1, "refused"))[0];
        using var visit = new StudentVisit(site, userId);

        var unknown = await visit.Progress.CheckAsync(QuestionId, ["zz"]);
        var empty = await visit.Progress.CheckAsync(QuestionId, []);
        await visit.Progress.WhenSavedAsync(QuestionId);

        Assert.Equal("La réponse « zz » ne fait pas partie des choix de cette question.", unknown.Refusal);
        Assert.Equal(QuizGrader.EmptySubmissionMessage, empty.Refusal);
        Assert.Null(visit.Progress.StateOf(QuestionId));
        Assert.Empty(await site.AnswersOfAsync(userId));
    }

    [Fact]
    public async Task Each_commit_is_announced_to_the_live_feeds_after_it_is_stored()
    {
        await using var site = await ProgressSites.StartAsync("Sqlite", postgres, "saved_events");
        var userId = (await site.AddStudentsAsync(1, "events"))[0];
        var seen = new List<(LearningEvent Event, int Rows)>();
        using var subscription = site.Services.GetRequiredService<LearningEventHub>().Subscribe(e =>
            seen.Add((e, site.AnswersOfAsync(userId).GetAwaiter().GetResult().Count)));
        using var visit = new StudentVisit(site, userId);
        var card = visit.Card(QuestionId);

        StudentVisit.Answer(card, Right);
        card.WaitForAssertion(() => Assert.Equal("saved", StudentVisit.SaveState(card)), TimeSpan.FromSeconds(10));

        var (announced, rows) = Assert.Single(seen);
        Assert.Equal((LearningEventKind.QuestionAnswered, userId, QuestionId, "introduction"),
            (announced.Kind, announced.UserId, announced.QuestionId, announced.ChapterSlug));
        Assert.Equal(1, rows);
    }
}
