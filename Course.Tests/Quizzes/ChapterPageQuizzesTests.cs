using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.Chapters;

namespace Course.Tests.Quizzes;

public sealed class ChapterPageQuizzesTests : ComponentTestContext
{
    [Fact]
    public void Each_question_appears_inside_the_section_it_follows_and_the_self_assessment_closes_the_chapter()
    {
        var chapter = Course.FindChapter("introduction")!;

        var page = Render<ChapterPage>(p => p.Add(x => x.Slug, chapter.Slug));

        foreach (var section in chapter.Sections.Where(s => s.Level > 0))
        {
            var rendered = page.Find($"section[data-section='{section.Id}']");
            Assert.Equal(
                section.Questions.Select(q => q.Id),
                rendered.QuerySelectorAll("[data-question-id]").Select(e => e.GetAttribute("data-question-id")));
        }

        Assert.Equal(
            ["intro-kubeadm-init", "intro-kubeconfig", "intro-join-ca-hash", "intro-kubeadm-join", "intro-join-check", "intro-node-notready", "intro-pod-network-role"],
            page.FindAll("section[data-section='demarrer-le-cluster'] [data-question-id]").Select(e => e.GetAttribute("data-question-id")));
        var panel = page.Find("[data-self-assessment='introduction']");
        Assert.Equal($"0/{chapter.Questions.Count()}", panel.QuerySelector("[data-score]")!.TextContent);
        Assert.True(
            panel.CompareDocumentPosition(page.FindAll("[data-question-id]")[^1]).HasFlag(AngleSharp.Dom.DocumentPositions.Preceding),
            "the self-assessment panel must come after the last question");
    }

    [Fact]
    public void Answering_a_question_on_the_chapter_page_updates_the_chapter_score()
    {
        var page = Render<ChapterPage>(p => p.Add(x => x.Slug, "architecture-noeuds"));
        var question = Course.FindQuestion("nodes-kube-proxy-load-balancing")!;
        var correct = question.CorrectOptionIds.Single();

        var card = page.Find("[data-question-id='nodes-kube-proxy-load-balancing']");
        card.QuerySelector($"[data-option-id='{correct}'] input")!.Change(true);
        page.Find("[data-question-id='nodes-kube-proxy-load-balancing'] button[data-quiz-action]").Click();

        Assert.Equal("correct", page.Find("[data-question-id='nodes-kube-proxy-load-balancing'] [data-answer-state]").GetAttribute("data-answer-state"));
        Assert.Equal($"1/{Course.FindChapter("architecture-noeuds")!.Questions.Count()}", page.Find("[data-self-assessment] [data-score]").TextContent);
    }
}
