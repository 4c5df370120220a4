using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.Chapters;
using Course.Web.Components.Layout;
using Course.Web.Components.Quizzes;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Progress;

/// <summary>Answered questions on the home page's cards and in the drawer, and "Reprendre" (anonymous visitor).</summary>
public sealed class ProgressWhereTheStudentIsTests() : ComponentTestContext(services => services.AddCascadingAuthenticationState())
{
    [Fact]
    public void Home_cards_count_answered_questions_and_reprendre_leads_to_the_first_unfinished_chapter()
    {
        var introduction = Course.FindChapter("introduction")!;
        var concepts = Course.FindChapter("concepts-kubernetes")!;
        SaveAnswers(introduction.Questions.Select(q => q.Id).Append(concepts.Questions.First().Id));

        var page = Render<CourseOutlinePage>();

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-resume-chapter]")));
        var introCount = page.Find("[data-chapter='introduction'] [data-chapter-answers]");
        var total = introduction.Questions.Count();
        Assert.Equal($"{total} questions répondues sur {total}", introCount.TextContent.Trim());
        Assert.Equal($"1 question répondue sur {concepts.Questions.Count()}",
            page.Find("[data-chapter='concepts-kubernetes'] [data-chapter-answers]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-chapter='architecture-introduction'] [data-chapter-answers]"));

        var resume = page.Find("[data-resume-chapter]");
        Assert.Equal("concepts-kubernetes", resume.GetAttribute("data-resume-chapter"));
        var link = resume.QuerySelector("a")!;
        Assert.Equal("chapitres/concepts-kubernetes", link.GetAttribute("href"));
        Assert.Equal("Reprendre", link.TextContent.Trim());
    }

    [Fact]
    public void The_drawer_shows_answered_questions_per_chapter_in_short_with_words_for_screen_readers()
    {
        var concepts = Course.FindChapter("concepts-kubernetes")!;
        SaveAnswers(concepts.Questions.Take(2).Select(q => q.Id));

        var menu = Render<CourseNavMenu>();

        menu.WaitForAssertion(() => Assert.NotNull(menu.Find("[data-chapter-answers='concepts-kubernetes']")));
        var count = menu.Find("[data-chapter-answers='concepts-kubernetes']");
        Assert.Equal($"2/{concepts.Questions.Count()} questions répondues", count.TextContent.Trim());
        Assert.NotNull(count.QuerySelector(".visually-hidden"));
        Assert.Single(menu.FindAll("[data-chapter-answers]"));
    }

    [Fact]
    public async Task The_drawer_counts_a_question_as_soon_as_it_is_answered()
    {
        // The count appears in the drawer's marks (ChapterNavMarks) as soon as there is something to count.
        var concepts = Course.FindChapter("concepts-kubernetes")!;
        var question = concepts.Questions.First();
        var menu = Render<CourseNavMenu>();
        var progress = Services.GetRequiredService<QuizProgress>();
        await menu.InvokeAsync(progress.EnsureLoadedAsync);
        Assert.Empty(menu.FindAll("[data-chapter-answers]"));

        await menu.InvokeAsync(() => progress.CheckAsync(question.Id, [question.Options[0].Id]));

        menu.WaitForAssertion(() => Assert.Equal($"1/{concepts.Questions.Count()} questions répondues",
            menu.Find("[data-chapter-answers='concepts-kubernetes']").TextContent.Trim()));
        Assert.Single(menu.FindAll("[data-chapter-answers]"));
    }

    [Fact]
    public void A_new_visitor_sees_no_counts_and_no_reprendre()
    {
        var page = Render<CourseOutlinePage>();

        var resume = page.FindComponent<Course.Web.Components.Progress.ResumeLink>();
        resume.WaitForState(() => resume.RenderCount > 1, TimeSpan.FromSeconds(10));
        Assert.Empty(page.FindAll("[data-chapter-answers]"));
        Assert.Empty(page.FindAll("[data-resume-chapter]"));
    }

    private void SaveAnswers(IEnumerable<string> questionIds)
    {
        var answers = questionIds.ToDictionary(id => id, _ => new QuizAnswerState(null, 1, true, true), StringComparer.Ordinal);
        ((IQuizAnswerStore)QuizStore).SaveAsync(new StoredQuizAnswers("anon:test", answers)).AsTask().GetAwaiter().GetResult();
    }
}
