using Course.Content.Model;
using Course.Tests.Infrastructure;
using Course.Web.Components.Quizzes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Course.Tests.Quizzes;

/// <summary>
/// Renders the quiz components the way the server prerenders them (static, before any circuit), with the site's
/// real service registrations, and checks that no answer reaches that HTML.
/// </summary>
public sealed class QuizPrerenderTests(InMemorySiteFactory factory) : IClassFixture<InMemorySiteFactory>
{
    [Fact]
    public async Task Prerendered_card_of_every_shipped_question_shows_the_options_but_no_answer()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var course = scope.ServiceProvider.GetRequiredService<CourseContent>();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, NullLoggerFactory.Instance);

        Assert.NotEmpty(course.AllQuestions);
        foreach (var question in course.AllQuestions)
        {
            var html = await RenderAsync<QuizCard>(renderer, new() { [nameof(QuizCard.QuestionId)] = question.Id });

            Assert.Contains($"data-question-id=\"{question.Id}\"", html);
            Assert.All(question.Options, o => Assert.Contains($"value=\"{o.Id}\"", html));
            Assert.DoesNotContain(question.ExplanationHtml, html);
            // Until the circuit is interactive the answer cannot be checked, so nothing can be posted; the options take a
            // choice (kept by site.js) and keyboard focus (which attaches the island).
            Assert.Equal(0, System.Text.RegularExpressions.Regex.Count(html, "<input[^>]* disabled"));
            Assert.Matches("<button[^>]* disabled[^>]*data-quiz-action=\"check\"", html);
            Assert.DoesNotContain("data-answer-state", html);
            Assert.DoesNotContain("data-verdict", html);
            Assert.DoesNotContain("Revoir", html);
            Assert.DoesNotContain("data-option-feedback", html);
            Assert.All(question.OptionFeedbackHtml.Values, f => Assert.DoesNotContain(f, html));
        }
    }

    [Fact]
    public async Task First_html_of_every_chapter_page_carries_no_option_feedback()
    {
        var course = factory.Services.GetRequiredService<CourseContent>();
        using var client = factory.CreateClient();

        Assert.Contains(course.AllQuestions, q => q.OptionFeedbackHtml.Count > 0);
        foreach (var chapter in course.Chapters)
        {
            var html = await client.GetStringAsync($"/chapitres/{chapter.Slug}");

            Assert.Contains($"data-chapter=\"{chapter.Slug}\"", html);
            Assert.DoesNotContain("data-option-feedback", html);
            Assert.All(chapter.Questions.SelectMany(q => q.OptionFeedbackHtml.Values), f => Assert.DoesNotContain(f, html));
        }
    }

    [Fact]
    public async Task Prerendered_self_assessment_of_every_chapter_shows_an_empty_score_and_no_concept()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var course = scope.ServiceProvider.GetRequiredService<CourseContent>();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, NullLoggerFactory.Instance);

        foreach (var chapter in course.Chapters)
        {
            var html = await RenderAsync<ChapterSelfAssessment>(
                renderer, new() { [nameof(ChapterSelfAssessment.ChapterSlug)] = chapter.Slug });

            Assert.Contains($"0/{chapter.Questions.Count()}", html);
            Assert.All(chapter.Questions, q => Assert.DoesNotContain(q.Concept, html));
        }
    }

    private static Task<string> RenderAsync<TComponent>(HtmlRenderer renderer, Dictionary<string, object?> parameters)
        where TComponent : IComponent =>
        renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
}
