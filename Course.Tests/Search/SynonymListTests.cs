using Course.Content.Loading;
using Course.Content.Synonyms;
using Course.Tests.Infrastructure;

namespace Course.Tests.Search;

public sealed class SynonymListTests
{
    [Fact]
    public void Reads_one_group_per_line_and_skips_comments_and_blank_lines()
    {
        var list = SynonymList.Parse("s.txt", "# comment\n\nscheduler, planificateur\r\nmaster , maître, plan de contrôle # inline\n");

        Assert.Equal(2, list.Groups.Count);
        Assert.Equal(["scheduler", "planificateur"], list.Groups[0].Terms);
        Assert.Equal(["master", "maître", "plan de contrôle"], list.Groups[1].Terms);
        Assert.Equal(4, list.Groups[1].Line);
    }

    [Theory]
    [InlineData("scheduler\n", 1)]
    [InlineData("a, b\nscheduler,\n", 2)]
    [InlineData("node, Node\n", 1)]
    public void A_malformed_line_is_reported_with_its_file_and_line(string text, int line)
    {
        var error = Assert.Throws<InvalidContentException>(() => SynonymList.Parse("s.txt", text));

        var single = Assert.Single(error.Errors);
        Assert.Equal("s.txt", single.File);
        Assert.Equal(line, single.Line);
    }

    [Fact]
    public void The_shipped_list_loads_and_holds_the_groups_the_course_needs()
    {
        var list = SynonymList.LoadDirectory(ShippedCourse.ChaptersDirectory);

        Assert.Contains(list.Groups, g => g.Terms.Contains("scheduler") && g.Terms.Contains("planificateur"));
        Assert.Contains(list.Groups, g => g.Terms.Contains("master") && g.Terms.Contains("maître") && g.Terms.Contains("plan de contrôle"));
        Assert.Contains(list.Groups, g => g.Terms.Contains("node") && g.Terms.Contains("nœud"));
        Assert.Contains(list.Groups, g => g.Terms.Contains("worker") && g.Terms.Contains("travailleur"));
    }

    [Fact]
    public void A_folder_without_a_synonym_file_has_no_synonyms()
    {
        var folder = Directory.CreateTempSubdirectory("synonyms-");
        try
        {
            Assert.Empty(SynonymList.LoadDirectory(folder.FullName).Groups);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
