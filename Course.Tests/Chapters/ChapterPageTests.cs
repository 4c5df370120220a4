using Bunit;
using Course.Tests.Infrastructure;
using Course.Web.Components.Chapters;

namespace Course.Tests.Chapters;

public sealed class ChapterPageTests : ComponentTestContext
{
    [Fact]
    public void Shows_the_title_the_rendered_sections_and_a_table_of_contents_linking_to_heading_ids()
    {
        var page = Render<ChapterPage>(p => p.Add(x => x.Slug, "architecture-noeuds"));

        Assert.Contains("L'Architecture de Kubernetes #3", page.Find("h1").TextContent);
        Assert.Equal("kubelet", page.Find("section[data-section=kubelet] h3").Id);

        var tocLinks = page.FindAll(".chapter-toc a");
        Assert.Equal(
            ["Container Runtime", "Kubelet", "Kube-proxy"],
            tocLinks.Select(a => a.TextContent.Trim()));
        Assert.Equal("chapitres/architecture-noeuds#kube-proxy", tocLinks[2].GetAttribute("href"));
    }

    [Fact]
    public void Table_of_contents_lists_h2_and_h3_only_with_their_level()
    {
        var page = Render<ChapterPage>(p => p.Add(x => x.Slug, "introduction"));

        var entries = page.FindAll(".chapter-toc li");
        Assert.Contains(entries, li => li.ClassName == "toc-level-2" && li.TextContent.Trim() == "Démarrage");
        Assert.Contains(entries, li => li.ClassName == "toc-level-3" && li.TextContent.Trim() == "Démarrer le cluster");
        Assert.DoesNotContain(entries, li => li.TextContent.Contains("Beaucoup de logs"));
        Assert.Equal("1", entries.Single(li => li.TextContent.Trim() == "Démarrer le cluster").GetAttribute("data-depth"));
    }

    [Fact]
    public void A_chapter_whose_headings_start_at_h3_shows_them_as_top_entries()
    {
        var page = Render<ChapterPage>(p => p.Add(x => x.Slug, "architecture-maitre"));

        Assert.All(page.FindAll(".chapter-toc li"), li => Assert.Equal("0", li.GetAttribute("data-depth")));
    }

    [Fact]
    public void Links_to_the_previous_and_next_chapters()
    {
        var page = Render<ChapterPage>(p => p.Add(x => x.Slug, "architecture-introduction"));

        Assert.Equal("chapitres/concepts-kubernetes", page.Find("a.chapter-pager__previous").GetAttribute("href"));
        Assert.Equal("chapitres/architecture-maitre", page.Find("a.chapter-pager__next").GetAttribute("href"));
    }

    [Fact]
    public void The_last_chapter_leads_back_to_the_outline()
    {
        var page = Render<ChapterPage>(p => p.Add(x => x.Slug, "deployer-dockercoins"));

        var next = page.Find("a.chapter-pager__next");
        Assert.Contains("Retour au sommaire", next.TextContent);
        Assert.Equal("chapitres/architecture-noeuds", page.Find("a.chapter-pager__previous").GetAttribute("href"));
    }

    [Fact]
    public void Code_blocks_keep_their_copy_button()
    {
        var page = Render<ChapterPage>(p => p.Add(x => x.Slug, "introduction"));

        var block = page.Find("figure.code-block[data-language=bash]");
        Assert.Equal("Copier", block.QuerySelector("button[data-copy-code]")!.TextContent);
        Assert.Equal("ls", block.QuerySelector("pre code")!.TextContent.Trim());
    }
}
