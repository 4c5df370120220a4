using Course.Content.Loading;
using Course.Tests.Infrastructure;

namespace Course.Tests.Content;

public sealed class ChapterLoaderTests
{
    [Fact]
    public void Shipped_chapters_load_in_reading_order_with_their_front_matter()
    {
        var chapters = ShippedCourse.Content.Chapters;

        Assert.Equal(
            ["introduction", "concepts-kubernetes", "architecture-introduction", "architecture-maitre", "architecture-noeuds", "deployer-dockercoins"],
            chapters.Select(c => c.Slug));
        Assert.Equal([1, 2, 3, 4, 5, 6], chapters.Select(c => c.Order));
        Assert.All(chapters, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Summary));
            Assert.InRange(c.ObjectivesHtml.Count, 3, 5);
            Assert.True(c.ReadingMinutes > 0);
            Assert.NotEmpty(c.TableOfContents);
        });
    }

    [Fact]
    public void Objectives_render_inline_markdown()
    {
        var introduction = ShippedCourse.Content.FindChapter("introduction")!;

        Assert.Contains("<code>kubeadm init</code>", introduction.ObjectivesHtml[0]);
    }

    [Fact]
    public void Missing_front_matter_is_reported_on_line_1()
    {
        var error = LoadSingleInvalid("## Démarrage\n\nPas d'en-tête.\n");

        Assert.Equal(new ContentError("bad.md", 1, error.Message), error);
        Assert.Contains("missing front matter", error.Message);
    }

    [Fact]
    public void Unclosed_front_matter_is_reported()
    {
        var error = LoadSingleInvalid("---\nslug: a\ntitle: b\n");

        Assert.Equal(1, error.Line);
        Assert.Contains("no closing '---'", error.Message);
    }

    [Fact]
    public void Malformed_yaml_names_its_line()
    {
        var text = ChapterFile.Valid().Replace("summary: \"Un résumé en une phrase.\"", "summary: [non fermé");

        var error = LoadSingleInvalid(text);

        Assert.Equal("bad.md", error.File);
        Assert.Equal(5, error.Line);
        Assert.Contains("malformed front matter", error.Message);
    }

    [Fact]
    public void A_chapter_without_title_names_the_closing_line()
    {
        var text = ChapterFile.Valid().Replace("title: \"Premier chapitre\"\n", "");

        var error = LoadSingleInvalid(text);

        Assert.Equal(10, error.Line);
        Assert.Contains("no 'title'", error.Message);
    }

    [Fact]
    public void An_empty_title_names_its_line()
    {
        var error = LoadSingleInvalid(ChapterFile.Valid(title: " "));

        Assert.Equal(3, error.Line);
        Assert.Contains("'title' must be a non-empty text", error.Message);
    }

    [Fact]
    public void Unknown_keys_and_bad_values_name_their_lines()
    {
        var text = ChapterFile.Valid()
            .Replace("order: 1", "order: premier")
            .Replace("readingMinutes: 3", "readingMinutes: 3\nauteur: Jean");

        var errors = Assert.Throws<InvalidContentException>(() => ChapterLoader.Load([("bad.md", text)])).Errors;

        Assert.Contains(errors, e => e.Line == 4 && e.Message.Contains("'order' must be a positive whole number"));
        Assert.Contains(errors, e => e.Line == 7 && e.Message.Contains("unknown front matter key 'auteur'"));
    }

    [Fact]
    public void A_non_ascii_slug_is_refused()
    {
        var error = LoadSingleInvalid(ChapterFile.Valid(slug: "démarrage"));

        Assert.Equal(2, error.Line);
        Assert.Contains("lowercase ASCII", error.Message);
    }

    [Fact]
    public void Duplicate_slug_names_the_second_file_and_the_first()
    {
        var errors = Assert.Throws<InvalidContentException>(() => ChapterLoader.Load(
        [
            ("01-a.md", ChapterFile.Valid(slug: "meme", order: 1)),
            ("02-b.md", ChapterFile.Valid(slug: "meme", order: 2)),
        ])).Errors;

        var error = Assert.Single(errors);
        Assert.Equal(new ContentError("02-b.md", 2, error.Message), error);
        Assert.Contains("duplicate slug 'meme' (already used by 01-a.md)", error.Message);
    }

    [Fact]
    public void Duplicate_order_names_the_second_file()
    {
        var errors = Assert.Throws<InvalidContentException>(() => ChapterLoader.Load(
        [
            ("01-a.md", ChapterFile.Valid(slug: "a", order: 3)),
            ("02-b.md", ChapterFile.Valid(slug: "b", order: 3)),
        ])).Errors;

        var error = Assert.Single(errors);
        Assert.Equal(new ContentError("02-b.md", 4, error.Message), error);
        Assert.Contains("duplicate order 3", error.Message);
    }

    [Fact]
    public void Mis_decoded_text_is_refused_with_its_line()
    {
        var error = LoadSingleInvalid(ChapterFile.Valid(body: "## D√©marrage\n"));

        Assert.Equal(13, error.Line);
        Assert.Contains("mis-decoded", error.Message);
    }

    [Fact]
    public void The_exception_message_lists_every_error_as_file_and_line()
    {
        var exception = Assert.Throws<InvalidContentException>(() => ChapterLoader.Load([("x.md", "pas de front matter")]));

        Assert.Contains("x.md:1: missing front matter", exception.Message);
    }

    private static ContentError LoadSingleInvalid(string text) =>
        Assert.Single(Assert.Throws<InvalidContentException>(() => ChapterLoader.Load([("bad.md", text)])).Errors);
}
