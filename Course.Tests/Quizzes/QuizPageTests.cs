using System.Net;
using Course.Tests.Infrastructure;

namespace Course.Tests.Quizzes;

/// <summary>The chapter pages as a browser first receives them: questions present, answers absent.</summary>
public sealed class QuizPageTests(InMemorySiteFactory site) : IClassFixture<InMemorySiteFactory>
{
    public static TheoryData<string> Slugs => new(ShippedCourse.Content.Chapters.Select(c => c.Slug));

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task First_get_of_every_chapter_shows_its_questions_without_any_answer_or_explanation(string slug)
    {
        var chapter = ShippedCourse.Content.FindChapter(slug)!;
        using var client = site.CreateClient();

        // The first answer renders the page, the second comes from the page cache: both must be clean.
        foreach (var attempt in new[] { "rendered", "cached" })
        {
            using var response = await client.GetAsync($"/chapitres/{slug}");
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            foreach (var question in chapter.Questions)
            {
                Assert.Contains($"data-question-id=\"{question.Id}\"", html);
                Assert.All(question.Options, o => Assert.Contains(o.Html, html));
                Assert.False(html.Contains(question.ExplanationHtml, StringComparison.Ordinal), $"{attempt}: explanation of {question.Id} leaked");
            }

            Assert.DoesNotContain("data-answer-state", html);
            Assert.DoesNotContain("data-verdict", html);
            Assert.DoesNotContain("explanation", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("correct: true", html);
            Assert.Contains($"data-self-assessment=\"{slug}\"", html);
        }
    }
}
