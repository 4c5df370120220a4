using System.Text.RegularExpressions;
using Course.Content.Model;
using Course.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Chapters;

/// <summary>
/// A chapter page is static with islands; what its circuit holds is what is an island, so the islands are counted in the
/// HTML. One prerendered component marker (the search box, which starts the circuit); the quiz cards, each chapter's
/// drawer marks, the chapter end and the self-assessment are named containers that islands.js attaches as JavaScript
/// root components, so the page carries no data-protected marker for them (docs/architecture.md).
/// </summary>
public sealed partial class ChapterIslandsTests(InMemorySiteFactory factory) : IClassFixture<InMemorySiteFactory>
{
    [Fact]
    public async Task Every_chapter_page_has_one_marker_and_its_quiz_cards_drawer_marks_and_chapter_end_as_named_islands()
    {
        var course = factory.Services.GetRequiredService<CourseContent>();
        using var client = factory.CreateClient();

        foreach (var chapter in course.Chapters)
        {
            var html = await client.GetStringAsync($"/chapitres/{chapter.Slug}");

            Assert.Single(ServerComponentMarker().Matches(html));
            var islands = NamedIsland().Matches(html).Select(m => m.Groups["name"].Value).ToList();
            Assert.Equal(chapter.Questions.Count(), islands.Count(name => name == "quiz-card"));
            Assert.Equal(course.Chapters.Count, islands.Count(name => name == "chapter-marks"));
            Assert.Equal(1, islands.Count(name => name == "chapter-end"));
            Assert.Equal(1, islands.Count(name => name == "self-assessment"));
            Assert.Equal(islands.Count, chapter.Questions.Count() + course.Chapters.Count + 2);
            // Each card names its question; the static card inside shows only the public view.
            Assert.All(chapter.Questions, q => Assert.Contains(
                $"data-island=\"quiz-card\" data-island-params=\"{{&quot;QuestionId&quot;:&quot;{q.Id}&quot;}}\"", html));
            // The menu is static: each chapter's link comes first, then its own marks' island, inside the link.
            Assert.All(course.Chapters, c => Assert.Matches(
                $"(?s)data-chapter-link=\"{c.Slug}\"[^>]*>(?:(?!data-island=|</a>).)*<span class=\"js-island\" data-island=\"chapter-marks\" data-island-params=\"{{&quot;ChapterSlug&quot;:&quot;{c.Slug}&quot;}}\"", html));
        }
    }

    [GeneratedRegex("<!--Blazor:\\{\"type\":\"server\"")]
    private static partial Regex ServerComponentMarker();

    [GeneratedRegex("data-island=\"(?<name>[a-z-]+)\"")]
    private static partial Regex NamedIsland();
}
