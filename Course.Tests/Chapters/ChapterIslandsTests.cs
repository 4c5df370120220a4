using System.Text.RegularExpressions;
using Course.Content.Model;
using Course.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Chapters;

/// <summary>
/// A chapter page is static with interactive islands; what its circuit holds is what is an island, so the islands are
/// counted in the HTML: one per quiz card, one per chapter's drawer marks, the search box, the chapter end and the
/// self-assessment. The drawer's links and the chapter text are static (docs/architecture.md).
/// </summary>
public sealed partial class ChapterIslandsTests(InMemorySiteFactory factory) : IClassFixture<InMemorySiteFactory>
{
    [Fact]
    public async Task Every_chapter_page_has_only_its_quiz_cards_the_drawer_marks_search_and_chapter_end_as_islands()
    {
        var course = factory.Services.GetRequiredService<CourseContent>();
        using var client = factory.CreateClient();

        foreach (var chapter in course.Chapters)
        {
            var html = await client.GetStringAsync($"/chapitres/{chapter.Slug}");

            var islands = ServerComponentMarker().Count(html);
            Assert.Equal(chapter.Questions.Count() + course.Chapters.Count + 3, islands);
            // The menu is static: each chapter's link comes first, then its own marks' island, inside the link.
            Assert.All(course.Chapters, c => Assert.Matches(
                $"(?s)data-chapter-link=\"{c.Slug}\"[^>]*>(?:(?!Blazor:|</a>).)*<!--Blazor:\\{{\"type\":\"server\"", html));
        }
    }

    [GeneratedRegex("<!--Blazor:\\{\"type\":\"server\"")]
    private static partial Regex ServerComponentMarker();
}
