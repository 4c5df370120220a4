using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.Quizzes;

namespace Course.Tests.Quizzes;

public sealed class QuizPersistenceTests
{
    [Fact]
    public void Answers_survive_a_reload_graded_again_and_counted_in_the_score()
    {
        var browser = new InMemoryQuizAnswerStore();
        using (var firstVisit = new Visit(browser))
        {
            var card = firstVisit.Card(QuizComponentTestBase.SingleId);
            card.Find("[data-option-id='b'] input").Change(true);
            card.Find("button[data-quiz-action]").Click();
        }

        using var reload = new Visit(browser);
        var restored = reload.Card(QuizComponentTestBase.SingleId);
        var panel = reload.Render<ChapterSelfAssessment>(p => p.Add(c => c.ChapterSlug, "test"));

        restored.WaitForAssertion(() =>
            Assert.Equal("incorrect", restored.Find("[data-answer-state]").GetAttribute("data-answer-state")));
        Assert.NotNull(restored.Find("[data-option-id='b'] input").GetAttribute("checked"));
        // One wrong try so far: the key stays hidden after the reload too.
        Assert.DoesNotContain("les <em>hache</em>", restored.Markup);
        Assert.NotNull(restored.Find("button[data-quiz-reveal]"));
        panel.WaitForAssertion(() => Assert.Equal("1/3", panel.Find("[data-answered]").TextContent));
    }

    [Fact]
    public void Answers_survive_navigation_to_another_chapter_and_back_within_the_circuit()
    {
        using var visit = new Visit(new InMemoryQuizAnswerStore());
        var card = visit.Card(QuizComponentTestBase.TrueFalseId);
        card.Find("[data-option-id='a'] input").Change(true);
        card.Find("button[data-quiz-action]").Click();

        // Coming back to the chapter renders new card instances in the same circuit.
        var back = visit.Card(QuizComponentTestBase.TrueFalseId);

        back.WaitForAssertion(() =>
            Assert.Equal("correct", back.Find("[data-answer-state]").GetAttribute("data-answer-state")));
    }

    [Fact]
    public void After_retry_a_reload_shows_the_question_unanswered_but_keeps_the_first_try()
    {
        var browser = new InMemoryQuizAnswerStore();
        using (var firstVisit = new Visit(browser))
        {
            var card = firstVisit.Card(QuizComponentTestBase.SingleId);
            card.Find("[data-option-id='b'] input").Change(true);
            card.Find("button[data-quiz-action]").Click();
            card.Find("button[data-quiz-action]").Click();
        }

        using var reload = new Visit(browser);
        var restored = reload.Card(QuizComponentTestBase.SingleId);

        Assert.Empty(restored.FindAll("[data-answer-state]"));
        Assert.Equal(1, browser.Saved!.Answers[QuizComponentTestBase.SingleId].Attempts);
        Assert.False(browser.Saved.Answers[QuizComponentTestBase.SingleId].FirstTryCorrect);
    }

    [Fact]
    public void An_anonymous_visitor_keeps_one_browser_id_across_reloads_and_nothing_reaches_the_server()
    {
        var browser = new InMemoryQuizAnswerStore();
        using (var firstVisit = new Visit(browser))
        {
            var card = firstVisit.Card(QuizComponentTestBase.MultipleId);
            card.Find("[data-option-id='a'] input").Change(true);
            card.Find("[data-option-id='c'] input").Change(true);
            card.Find("button[data-quiz-action]").Click();
            Assert.Empty(card.FindAll("[data-save-state]"));
        }

        var firstId = browser.Saved!.StudentId;
        using var reload = new Visit(browser);
        var again = reload.Card(QuizComponentTestBase.TrueFalseId);
        again.WaitForAssertion(() => Assert.NotNull(again.Find("button[data-quiz-action]")));
        again.Find("[data-option-id='b'] input").Change(true);
        again.Find("button[data-quiz-action]").Click();

        // The visit has no course database (TestCourseDatabase.None): any server write would have failed the save.
        Assert.StartsWith("anon:", firstId);
        Assert.Equal(firstId, browser.Saved.StudentId);
        Assert.Equal(["a", "c"], browser.Saved.Answers[QuizComponentTestBase.MultipleId].Selected);
        Assert.False(browser.Saved.Answers[QuizComponentTestBase.TrueFalseId].LastCorrect);
        Assert.Empty(again.FindAll("[data-save-state]"));
        Assert.Empty(again.FindAll("[data-quiz-save-retry]"));
    }

    private sealed class Visit(InMemoryQuizAnswerStore store) : QuizComponentTestBase(store)
    {
        public IRenderedComponent<QuizCard> Card(string id) => RenderCard(id);
    }
}
