using System.Text.RegularExpressions;
using Course.Content.Loading;
using Course.Tests.Infrastructure;

namespace Course.Tests.Content;

/// <summary>Guides: Markdown read beside the course (the instructor's guide), never listed as chapters.</summary>
public sealed partial class GuideLoaderTests
{
    private const string Guide = """
        ---
        slug: guide-test
        title: "Guide de test"
        summary: "Pour les tests."
        ---

        ## Préparer

        Du texte avec `kubeadm`.

        > [!NOTE]
        > Une note.
        """;

    [Fact]
    public void A_guide_is_rendered_like_a_chapter_but_not_listed_as_one()
    {
        var course = ChapterLoader.Load([("01-a.md", ChapterFile.Valid())], [("guide-test.md", Guide)]);

        var guide = course.FindGuide("guide-test")!;
        Assert.Equal(("Guide de test", "Pour les tests.", "guide-test.md"), (guide.Title, guide.Summary, guide.SourceFile));
        Assert.Contains("<h2 id=\"preparer\">Préparer<a class=\"heading-permalink\" href=\"", guide.FindSection("preparer")!.Html);
        Assert.Contains("<aside class=\"edition-note\"", guide.FindSection("preparer")!.Html);
        Assert.Equal(["premier"], course.Chapters.Select(c => c.Slug));
    }

    [Theory]
    [InlineData("summary: \"Pour les tests.\"", "summary: \"Pour les tests.\"\norder: 1", "order: 1", "unknown front matter key 'order' (expected one of: slug, title, summary)")]
    [InlineData("Du texte avec `kubeadm`.", "```quiz\nid: guide-q\n```", "```quiz", "quiz blocks belong in chapters: a guide cannot hold one")]
    [InlineData("slug: guide-test", "slug: Guide Test", "slug: Guide Test", "must be lowercase ASCII")]
    public void Invalid_guides_are_refused_with_file_and_line(string find, string replace, string lineFragment, string message)
    {
        var text = Guide.Replace(find, replace);
        var line = text.Split('\n').ToList().FindIndex(l => l.Contains(lineFragment, StringComparison.Ordinal)) + 1;

        var error = Assert.Single(Assert.Throws<InvalidContentException>(
            () => ChapterLoader.Load([("01-a.md", ChapterFile.Valid())], [("guide-test.md", text)])).Errors);

        Assert.Equal(("guide-test.md", line), (error.File, error.Line));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_instructor_guide_ships_with_provisioning_timetable_and_troubleshooting()
    {
        var guide = ShippedCourse.Content.FindGuide("guide-formateur")!;
        var html = string.Concat(guide.Sections.Select(s => s.Html));

        Assert.Equal("Guide du formateur", guide.Title);
        Assert.DoesNotContain(ShippedCourse.Content.Chapters, c => c.Slug == guide.Slug);
        Assert.Contains("kubeadm token create --print-join-command", html);
        Assert.Contains("kube-flannel.yml", html);
        Assert.Contains("crictl pull", html);
        Assert.Contains("NotReady", html);
        Assert.Contains("ImagePullBackOff", html);
        Assert.Contains("Le plafond de rng pris pour une panne", html);
        Assert.Contains("<table>", html);
    }

    [Fact]
    public void Guide_timetable_counts_match_the_chapters_quizzes()
    {
        var html = string.Concat(ShippedCourse.Content.FindGuide("guide-formateur")!.Sections.Select(s => s.Html));

        var rows = QuizCount().Matches(html).ToList();
        Assert.Equal(5, rows.Count);
        Assert.All(rows, row =>
        {
            var chapter = ShippedCourse.Content.Chapters.Single(c => c.Order == int.Parse(row.Groups["chapter"].Value));
            Assert.Equal(chapter.Questions.Count(), int.Parse(row.Groups["count"].Value));
        });
    }

    [Fact]
    public void Every_chapter_link_of_the_guide_resolves_to_a_chapter_section()
    {
        var course = ShippedCourse.Content;
        var html = string.Concat(course.FindGuide("guide-formateur")!.Sections.Select(s => s.Html));

        var links = ChapterLink().Matches(html).ToList();
        Assert.True(links.Count >= 8, $"expected the timetable's chapter links, found {links.Count}");
        Assert.All(links, link =>
        {
            var chapter = course.FindChapter(link.Groups["slug"].Value);
            Assert.NotNull(chapter);
            if (link.Groups["id"].Success)
            {
                Assert.NotNull(chapter.FindSection(link.Groups["id"].Value));
            }
        });
    }

    [GeneratedRegex("Les (?<count>\\d+) questions du chapitre (?<chapter>\\d+)")]
    private static partial Regex QuizCount();

    [GeneratedRegex("href=\"chapitres/(?<slug>[a-z0-9-]+)(#(?<id>[a-z0-9-]+))?\"")]
    private static partial Regex ChapterLink();
}
