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
    public async Task Every_chapter_page_has_one_marker_and_its_quiz_cards_drawer_links_and_chapter_end_as_named_islands()
    {
        var course = factory.Services.GetRequiredService<CourseContent>();
        using var client = factory.CreateClient();

        foreach (var chapter in course.Chapters)
        {
            var html = await client.GetStringAsync($"/chapitres/{chapter.Slug}");

            Assert.Single(ServerComponentMarker().Matches(html));
            var islands = NamedIsland().Matches(html).Select(m => m.Groups["name"].Value).ToList();
            Assert.Equal(chapter.Questions.Count(), islands.Count(name => name == "quiz-card"));
            Assert.Equal(1, islands.Count(name => name == "chapter-links"));
            Assert.Equal(1, islands.Count(name => name == "chapter-end"));
            Assert.Equal(1, islands.Count(name => name == "self-assessment"));
            Assert.Equal(islands.Count, chapter.Questions.Count() + 3);
            // Each card names its question; the static card inside shows only the public view.
            Assert.All(chapter.Questions, q => Assert.Contains(
                $"data-island=\"quiz-card\" data-island-params=\"{{&quot;QuestionId&quot;:&quot;{q.Id}&quot;}}\"", html));
            // The drawer's chapter links are one island that holds every chapter's link, in order, each with its marks
            // inside the link; the page's own chapter is the active link.
            var links = ChapterLinksIsland().Match(html);
            Assert.True(links.Success, "the chapter links island is missing");
            Assert.Equal($"{{&quot;CurrentSlug&quot;:&quot;{chapter.Slug}&quot;}}", links.Groups["params"].Value);
            Assert.Equal(course.Chapters.Select(c => c.Slug), ChapterLink().Matches(links.Value).Select(m => m.Groups["slug"].Value));
            Assert.All(course.Chapters, c => Assert.Matches(
                $"(?s)data-chapter-link=\"{c.Slug}\"[^>]*>(?:(?!</a>).)*<span class=\"nav-chapter-marks\" data-interactive=\"false\"></span>", links.Value));
            Assert.Matches($"data-chapter-link=\"{chapter.Slug}\" class=\"mud-nav-link mud-ripple active\" aria-current=\"page\"", links.Value);
            Assert.Single(Regex.Matches(links.Value, "aria-current="));
        }
    }

    [GeneratedRegex("<!--Blazor:\\{\"type\":\"server\"")]
    private static partial Regex ServerComponentMarker();

    [GeneratedRegex("(?s)<div class=\"js-island\" data-island=\"chapter-links\" data-island-params=\"(?<params>[^\"]*)\">.*?</div></a></div></div>")]
    private static partial Regex ChapterLinksIsland();

    [GeneratedRegex("data-chapter-link=\"(?<slug>[a-z0-9-]+)\"")]
    private static partial Regex ChapterLink();

    [GeneratedRegex("data-island=\"(?<name>[a-z-]+)\"")]
    private static partial Regex NamedIsland();
}
