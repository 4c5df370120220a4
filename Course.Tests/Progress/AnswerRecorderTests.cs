using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Course.Web.Components.Progress;
using Course.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Progress;

/// <summary>Committing graded answers, on SQLite and on a real PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AnswerRecorderTests(PostgresServerFixture postgres)
{
    private static readonly QuizQuestion Question = ShippedCourse.Content.Chapters.SelectMany(c => c.Questions).First();

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Attempts_are_numbered_and_each_commit_is_announced(string provider)
    {
        await using var site = await SiteAsync(provider, "recorder_attempts");
        var userId = await TestAccounts.CreateStudentAsync(site.Services, "attempts@example.org");
        var recorder = site.Services.GetRequiredService<AnswerRecorder>();
        var announced = new List<LearningEvent>();
        using var subscription = site.Services.GetRequiredService<LearningEventHub>().Subscribe(announced.Add);

        var wrong = QuizGrader.Grade(Question, [WrongOption()]).Result!;
        var right = QuizGrader.Grade(Question, Question.CorrectOptionIds.ToList()).Result!;
        var first = await recorder.RecordAsync(userId, Question, wrong);
        var second = await recorder.RecordAsync(userId, Question, right);

        Assert.Equal((1, 2), (first.Attempt, second.Attempt));
        await using var context = await Contexts(site).CreateDbContextAsync();
        var rows = await context.QuizAnswers.Where(a => a.UserId == userId).OrderBy(a => a.Attempt).ToListAsync();
        Assert.Equal([false, true], rows.Select(r => r.IsCorrect));
        Assert.All(rows, r => Assert.Equal(QuestionVersion.Of(Question), r.QuestionVersion));
        Assert.Equal(string.Join(',', Question.CorrectOptionIds), rows[1].ChosenOptions);
        Assert.Equal(2, announced.Count(e => e.Kind == LearningEventKind.QuestionAnswered && e.UserId == userId));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Twenty_simultaneous_answers_of_one_student_get_twenty_distinct_attempts(string provider)
    {
        await using var site = await SiteAsync(provider, "recorder_race");
        var userId = await TestAccounts.CreateStudentAsync(site.Services, "race@example.org");
        var recorder = site.Services.GetRequiredService<AnswerRecorder>();
        var result = QuizGrader.Grade(Question, [WrongOption()]).Result!;

        var recorded = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => recorder.RecordAsync(userId, Question, result))));

        Assert.Equal(Enumerable.Range(1, 20), recorded.Select(r => r.Attempt).Order());
        await using var context = await Contexts(site).CreateDbContextAsync();
        Assert.Equal(20, await context.QuizAnswers.CountAsync(a => a.UserId == userId));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task A_class_answering_at_once_has_every_answer_saved_and_numbered_per_student(string provider)
    {
        await using var site = await SiteAsync(provider, "recorder_class");
        var students = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => TestAccounts.CreateStudentAsync(site.Services, $"classe{i}@example.org")));
        var recorder = site.Services.GetRequiredService<AnswerRecorder>();
        var result = QuizGrader.Grade(Question, [WrongOption()]).Result!;

        var recorded = await Task.WhenAll(students.SelectMany(id => Enumerable.Range(0, 5).Select(_ =>
            Task.Run(async () => (id, (await recorder.RecordOnceAsync(id, Question, result, Guid.NewGuid().ToString("N"))).Attempt)))));

        Assert.All(recorded.GroupBy(r => r.id), student => Assert.Equal([1, 2, 3, 4, 5], student.Select(r => r.Attempt).Order()));
        await using var context = await Contexts(site).CreateDbContextAsync();
        Assert.Equal(60, await context.QuizAnswers.CountAsync());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task An_answer_the_database_refuses_fails_alone_and_its_classmates_are_saved(string provider)
    {
        await using var site = await SiteAsync(provider, "recorder_refused");
        var students = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => TestAccounts.CreateStudentAsync(site.Services, $"voisin{i}@example.org")));
        var recorder = site.Services.GetRequiredService<AnswerRecorder>();
        var result = QuizGrader.Grade(Question, [WrongOption()]).Result!;

        // An account deleted while its answer waits: the foreign key refuses that row, and only that row.
        var orphan = Task.Run(() => recorder.RecordAsync("deleted-account", Question, result));
        var saved = students.Select(id => Task.Run(() => recorder.RecordAsync(id, Question, result))).ToList();

        await Assert.ThrowsAsync<DbUpdateException>(() => orphan);
        Assert.All(await Task.WhenAll(saved), r => Assert.Equal(1, r.Attempt));
        await using var context = await Contexts(site).CreateDbContextAsync();
        Assert.Equal(8, await context.QuizAnswers.CountAsync());
    }

    [Fact]
    public void A_reworded_question_gets_a_new_version_and_an_identical_one_keeps_it()
    {
        var reworded = Question with { PromptHtml = Question.PromptHtml + " (reformulée)" };
        var rekeyed = Question with { CorrectOptionIds = [WrongOption()] };

        Assert.Equal(QuestionVersion.Of(Question), QuestionVersion.Of(Question with { }));
        Assert.NotEqual(QuestionVersion.Of(Question), QuestionVersion.Of(reworded));
        Assert.NotEqual(QuestionVersion.Of(Question), QuestionVersion.Of(rekeyed));
        Assert.Matches("^[0-9a-f]{16}$", QuestionVersion.Of(Question));
    }

    private static string WrongOption() => Question.Options.First(o => !Question.CorrectOptionIds.Contains(o.Id)).Id;

    private static IDbContextFactory<CourseDbContext> Contexts(InMemorySiteFactory site) =>
        site.Services.GetRequiredService<IDbContextFactory<CourseDbContext>>();

    private async Task<InMemorySiteFactory> SiteAsync(string provider, string database)
    {
        var site = new InMemorySiteFactory();
        if (provider == "Postgres")
        {
            site.With("Database:Provider", "Postgres")
                .With("ConnectionStrings:Course", await postgres.CreateDatabaseAsync($"{database}_{Guid.NewGuid():N}"));
        }

        _ = site.Server;
        return site;
    }
}
