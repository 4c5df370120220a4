using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.Layout;

namespace Course.Tests.Chapters;

public sealed class CourseNavMenuTests : ComponentTestContext
{
    [Fact]
    public void Lists_the_home_page_then_every_chapter_in_order()
    {
        var menu = Render<CourseNavMenu>();

        var links = menu.FindAll("a[data-chapter-link]");
        Assert.Equal(Course.Chapters.Select(c => $"chapitres/{c.Slug}"), links.Select(a => a.GetAttribute("href")));
        Assert.Contains("1.", links[0].TextContent);
        Assert.Contains("Introduction", links[0].TextContent);
        Assert.Contains("Accueil", menu.Find("a[href='']").TextContent);
        Assert.Equal("dockercoins", menu.Find("[data-testid='dockercoins-link']").GetAttribute("href"));
    }

    [Fact]
    public void Is_a_labelled_navigation_landmark()
    {
        var menu = Render<CourseNavMenu>();

        Assert.Equal("Chapitres", menu.Find("nav").GetAttribute("aria-label"));
    }
}
