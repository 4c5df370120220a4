using System.Net;
using Course.Tests.Infrastructure;

namespace Course.Tests.Site;

public sealed class SitePagesTests(InMemorySiteFactory site) : IClassFixture<InMemorySiteFactory>
{
    [Fact]
    public async Task The_outline_lists_every_chapter_in_french()
    {
        var (status, html) = await GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"fr\">", html);
        Assert.Contains("<title>Découvrir Kubernetes — sommaire du cours</title>", html);
        foreach (var chapter in ShippedCourse.Content.Chapters)
        {
            Assert.Contains(chapter.Title, html);
            Assert.Contains($"href=\"chapitres/{chapter.Slug}\"", html);
        }
    }

    public static TheoryData<string> Slugs => new(ShippedCourse.Content.Chapters.Select(c => c.Slug));

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Each_chapter_is_served_complete_on_the_first_get(string slug)
    {
        var chapter = ShippedCourse.Content.FindChapter(slug)!;

        var (status, html) = await GetAsync($"/chapitres/{slug}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"<title>{chapter.Title} — Découvrir Kubernetes</title>", html);
        foreach (var section in chapter.Sections.Where(s => s.Level > 0))
        {
            Assert.Contains($"id=\"{section.Id}\"", html);
            Assert.Contains(section.Heading, html);
        }

        // The last paragraph too: the whole chapter is in the HTML, before any websocket opens.
        var lastWords = chapter.Sections[^1].Html[^80..];
        Assert.Contains(lastWords, html);
    }

    [Fact]
    public async Task An_unknown_chapter_answers_404_with_a_french_page()
    {
        var (status, html) = await GetAsync("/chapitres/chapitre-inexistant");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page introuvable", html);
        Assert.Contains("Retour au sommaire du cours", html);
    }

    [Fact]
    public async Task An_unknown_address_answers_404_with_the_same_page()
    {
        var (status, html) = await GetAsync("/nulle-part");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page introuvable", html);
    }

    private async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        using var client = site.CreateClient();
        using var response = await client.GetAsync(path);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, html);
    }
}
