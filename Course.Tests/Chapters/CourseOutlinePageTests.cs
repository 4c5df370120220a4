using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.Chapters;

namespace Course.Tests.Chapters;

public sealed class CourseOutlinePageTests : ComponentTestContext
{
    [Fact]
    public void Shows_each_chapter_with_summary_reading_time_objectives_and_link()
    {
        var page = Render<CourseOutlinePage>();

        var items = page.FindAll("li.outline-item");
        Assert.Equal(Course.Chapters.Count, items.Count);
        foreach (var (item, chapter) in items.Zip(Course.Chapters))
        {
            Assert.Contains(chapter.Title, item.TextContent);
            Assert.Contains(chapter.Summary, item.TextContent);
            Assert.Contains($"{chapter.ReadingMinutes} min de lecture", item.TextContent);
            Assert.Equal(chapter.ObjectivesHtml.Count, item.QuerySelectorAll(".outline-objectives li").Length);
            Assert.Equal($"chapitres/{chapter.Slug}", item.QuerySelector("h2 a")!.GetAttribute("href"));
        }
    }
}
