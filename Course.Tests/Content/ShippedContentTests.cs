using System.Text;
using System.Text.RegularExpressions;
using Course.Tests.Infrastructure;

namespace Course.Tests.Content;

/// <summary>The shipped chapters against the course document they were made from.</summary>
public sealed partial class ShippedContentTests
{
    private static readonly string[] MojibakeSequences = ["√", "Ã©", "Ã¨", "â€", "Å“"];

    [Fact]
    public void No_mis_decoded_sequence_remains_in_files_or_rendered_html()
    {
        foreach (var file in Directory.GetFiles(ShippedCourse.ChaptersDirectory, "*.md"))
        {
            var text = File.ReadAllText(file);
            Assert.All(MojibakeSequences, s => Assert.DoesNotContain(s, text));
        }

        var html = string.Concat(ShippedCourse.Content.Chapters.SelectMany(c => c.Sections).Select(s => s.Html));
        Assert.All(MojibakeSequences, s => Assert.DoesNotContain(s, html));
        Assert.Contains("Démarrage", html);
        Assert.Contains("nœuds", html);
        Assert.Contains("🐳", html);
    }

    [Fact]
    public void Every_heading_of_the_original_document_is_present_in_order()
    {
        var expected = RepairedSeed()
            .Split('\n')
            .Where(line => line.StartsWith('#'))
            .Select(line => Normalize(ChapterNumberPrefix().Replace(line.TrimStart('#'), "")))
            .ToList();

        var actual = ShippedCourse.Content.Chapters
            .SelectMany(c => new[] { c.Title }.Concat(c.Sections.Where(s => s.Level > 0).Select(s => s.Heading)))
            .Select(Normalize)
            .ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Chapter_two_summary_section_is_no_longer_empty()
    {
        var summary = ShippedCourse.Content.FindChapter("concepts-kubernetes")!
            .FindSection("resume-des-concepts-1-de-kubernetes");

        Assert.NotNull(summary);
        Assert.Contains("blue/green", summary.Html);
        Assert.True(summary.Html.Length > 300, "the summary should say something about the chapter");
    }

    [Fact]
    public void The_bare_long_url_of_chapter_two_became_a_readable_link()
    {
        var html = string.Concat(ShippedCourse.Content.FindChapter("concepts-kubernetes")!.Sections.Select(s => s.Html));

        Assert.DoesNotContain(":~:text=", html);
        Assert.Matches("<a href=\"https://circleci.com/[^\"]*\"[^>]*>[^<]*CircleCI", html);
    }

    [Fact]
    public void Heading_ids_are_folded_ascii_slugs_unique_in_each_chapter()
    {
        var course = ShippedCourse.Content;

        Assert.NotNull(course.FindChapter("introduction")!.FindSection("demarrage"));
        Assert.NotNull(course.FindChapter("architecture-introduction")!.FindSection("les-noeuds-kubernetes"));
        Assert.NotNull(course.FindChapter("concepts-kubernetes")!.FindSection("qu-est-ce-que-kubernetes"));
        Assert.All(course.Chapters, chapter =>
        {
            var ids = chapter.Sections.Where(s => s.Level > 0).Select(s => s.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.All(ids, id => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", id));
        });
    }

    private static string RepairedSeed()
    {
        // The handed-over bytes are UTF-8 of text once decoded as Mac Roman: undo that decoding.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var garbled = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Content", "original-course-seed.txt"));
        var repaired = Encoding.UTF8.GetString(Encoding.GetEncoding("macintosh").GetBytes(garbled));
        Assert.Contains("Démarrage", repaired);
        return repaired.ReplaceLineEndings("\n");
    }

    private static string Normalize(string heading) => WhiteSpace().Replace(heading, " ").Trim();

    [GeneratedRegex(@"^\s*\d+\s*-\s*")]
    private static partial Regex ChapterNumberPrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
