using Bunit;
using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Course.Web.Components.Quizzes;

namespace Course.Tests.Progress;

/// <summary>The browser's anonymous answers merged into the account on the first signed-in circuit, once.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AnonymousMergeTests(PostgresServerFixture postgres)
{
    private static readonly QuizQuestion Retried = ShippedCourse.Content.FindChapter("introduction")!.Questions.First(q => q.CorrectOptionIds.Count == 1);
    private static readonly QuizQuestion Once = ShippedCourse.Content.Chapters.SelectMany(c => c.Questions).First(q => q.Id != Retried.Id);

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Anonymous_answers_are_merged_once_with_the_browser_id_even_from_two_tabs_and_a_reload(string provider)
    {
        await using var site = await ProgressSites.StartAsync(provider, postgres, "merge");
        var userId = (await site.AddStudentsAsync(1, "merge"))[0];
        var anonymous = await AnswerAnonymouslyAsync(site);
        var browser = anonymous.Saved!;

        // Two tabs opened right after signing in read the same browser storage before either merges.
        var firstTab = new InMemoryQuizAnswerStore(browser);
        var secondTab = new InMemoryQuizAnswerStore(browser);
        using (var tab = new StudentVisit(site, userId, firstTab))
        using (var other = new StudentVisit(site, userId, secondTab))
        {
            await Task.WhenAll(tab.Progress.EnsureLoadedAsync(), other.Progress.EnsureLoadedAsync());
        }

        // A reload in a browser whose reset did not happen merges nothing more.
        using (var reload = new StudentVisit(site, userId, new InMemoryQuizAnswerStore(browser)))
        {
            await reload.Progress.EnsureLoadedAsync();
        }

        var rows = await site.AnswersOfAsync(userId);
        Assert.All(rows, r => Assert.Equal(browser.StudentId, r.AnonymousId));
        var retried = rows.Where(r => r.QuestionId == Retried.Id).ToList();
        var wrong = Retried.Options.First(o => !Retried.CorrectOptionIds.Contains(o.Id)).Id;
        Assert.Equal([(1, false, ""), (2, true, Retried.CorrectOptionIds.Single())],
            retried.Select(r => (r.Attempt, r.IsCorrect, r.ChosenOptions)));
        var once = Assert.Single(rows, r => r.QuestionId == Once.Id);
        Assert.Equal((1, string.Join(',', Once.CorrectOptionIds)), (once.Attempt, once.ChosenOptions));
        Assert.Equal(3, rows.Count);
        Assert.NotEqual(wrong, retried[1].ChosenOptions);

        // The merged tab's browser now holds a fresh anonymous id and no answers.
        Assert.StartsWith("anon:", firstTab.Saved!.StudentId);
        Assert.NotEqual(browser.StudentId, firstTab.Saved.StudentId);
        Assert.Empty(firstTab.Saved.Answers);
    }

    [Fact]
    public async Task The_signed_in_student_sees_the_merged_answers_graded_again()
    {
        await using var site = await ProgressSites.StartAsync("Sqlite", postgres, "merge_seen");
        var userId = (await site.AddStudentsAsync(1, "seen"))[0];
        var anonymous = await AnswerAnonymouslyAsync(site);

        using var visit = new StudentVisit(site, userId, anonymous);
        var card = visit.Card(Retried.Id);

        card.WaitForAssertion(() => Assert.Equal("correct", card.Find("[data-answer-state]").GetAttribute("data-answer-state")));
        Assert.Equal("saved", StudentVisit.SaveState(card));
        var state = visit.Progress.StateOf(Retried.Id)!;
        Assert.Equal((2, false, true), (state.Attempts, state.FirstTryCorrect, state.LastCorrect));
    }

    // Answers as an anonymous visitor: Retried wrong then right, Once right; returns the browser's storage.
    private static async Task<InMemoryQuizAnswerStore> AnswerAnonymouslyAsync(InMemorySiteFactory site)
    {
        var browser = new InMemoryQuizAnswerStore();
        using var visit = new StudentVisit(site, userId: null, browser);
        var wrong = Retried.Options.First(o => !Retried.CorrectOptionIds.Contains(o.Id)).Id;
        await visit.Progress.CheckAsync(Retried.Id, [wrong]);
        await visit.Progress.RetryAsync(Retried.Id);
        await visit.Progress.CheckAsync(Retried.Id, Retried.CorrectOptionIds.ToList());
        await visit.Progress.CheckAsync(Once.Id, Once.CorrectOptionIds.ToList());
        Assert.Empty(await site.AnswersOfAsync("nobody"));
        return browser;
    }
}
