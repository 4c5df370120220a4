using Bunit;
using Course.Web.Components.Quizzes;

namespace Course.Tests.Quizzes;

public sealed class ChapterSelfAssessmentTests : QuizComponentTestBase
{
    [Fact]
    public void Before_any_answer_invites_the_student_and_scores_zero()
    {
        var panel = RenderPanel();

        Assert.Contains("Répondez aux 3 questions du chapitre", panel.Markup);
        Assert.Equal("0/3", panel.Find("[data-score]").TextContent);
        Assert.Empty(panel.FindAll("[data-to-review]"));
    }

    [Fact]
    public void Score_first_try_score_and_concepts_to_review_follow_the_cards()
    {
        var panel = RenderPanel();
        var single = RenderCard(SingleId);
        var trueFalse = RenderCard(TrueFalseId);

        Answer(single, "a");
        Answer(trueFalse, "b");

        Assert.Equal("1/3", panel.Find("[data-score]").TextContent);
        Assert.Equal("1/3", panel.Find("[data-first-try-score]").TextContent);
        Assert.Equal("2/3", panel.Find("[data-answered]").TextContent);
        var link = panel.Find("[data-to-review] a");
        Assert.Equal("Le nettoyage", link.TextContent);
        Assert.Equal("chapitres/test#nettoyage", link.GetAttribute("href"));

        trueFalse.Find("button[data-quiz-action]").Click();
        Answer(trueFalse, "a");

        Assert.Equal("2/3", panel.Find("[data-score]").TextContent);
        Assert.Equal("1/3", panel.Find("[data-first-try-score]").TextContent);
        Assert.Empty(panel.FindAll("[data-to-review]"));
        Assert.Contains("Aucune notion à revoir", panel.Markup);
    }

    [Fact]
    public void Unknown_chapter_renders_nothing()
    {
        Assert.Equal("", Render<ChapterSelfAssessment>(p => p.Add(c => c.ChapterSlug, "nope")).Markup.Trim());
    }

    private IRenderedComponent<ChapterSelfAssessment> RenderPanel() =>
        Render<ChapterSelfAssessment>(p => p.Add(c => c.ChapterSlug, "test"));

    private static void Answer(IRenderedComponent<QuizCard> card, string optionId)
    {
        card.Find($"[data-option-id='{optionId}'] input").Change(true);
        card.Find("button[data-quiz-action]").Click();
    }
}
