using System.Security.Claims;
using Bunit;
using Bunit.TestDoubles;
using Course.Tests.Infrastructure;
using Course.Web.Components.Account;
using Course.Web.Components.Layout;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Chapters;

public sealed class CourseNavMenuTests() : ComponentTestContext(services => services.AddCascadingAuthenticationState())
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

    [Fact]
    public async Task Offers_the_instructor_area_to_instructors_only()
    {
        Assert.Empty(Render<CourseNavMenu>().FindAll("[data-testid='instructor-link']"));

        await using var instructor = new SignedInContext(CourseRoles.Instructor);
        Assert.Equal("formateur", instructor.Render<CourseNavMenu>().Find("[data-testid='instructor-link']").GetAttribute("href"));

        await using var student = new SignedInContext(CourseRoles.Student);
        Assert.Empty(student.Render<CourseNavMenu>().FindAll("[data-testid='instructor-link']"));
    }

    private sealed class SignedInContext(string role) : ComponentTestContext(services =>
    {
        services.AddSingleton<AuthenticationStateProvider>(new BunitAuthenticationStateProvider(
            $"{role}@example.org", roles: [role], claims: [new Claim(ClaimTypes.NameIdentifier, role)]));
        services.AddCascadingAuthenticationState();
    });
}
