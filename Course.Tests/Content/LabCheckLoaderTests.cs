using Course.Content.Loading;
using Course.Tests.Infrastructure;

namespace Course.Tests.Content;

/// <summary>The <c>labChecks:</c> and <c>addedInEdition:</c> front matter keys.</summary>
public sealed class LabCheckLoaderTests
{
    private const string Checks = """
        addedInEdition: true
        labChecks:
          - id: nodes-ready
            title: "Les deux nœuds sont Ready"
            command: "kubectl get nodes"
            review: demarrage
          - id: rng-daemonset
            title: "rng tourne sur chaque nœud"
            command: "kubectl get daemonset rng"
            review: demarrage
        """;

    [Fact]
    public void Lab_checks_and_the_edition_flag_reach_the_chapter_model()
    {
        var course = ChapterLoader.Load([("01-lab.md", WithHeader(Checks))]);

        var chapter = course.Chapters.Single();
        Assert.True(chapter.IsEditionAddition);
        Assert.Equal(["nodes-ready", "rng-daemonset"], chapter.LabChecks.Select(c => c.Id));
        var first = chapter.LabChecks[0];
        Assert.Equal(("Les deux nœuds sont Ready", "kubectl get nodes", "demarrage", "premier", "01-lab.md", 13),
            (first.Title, first.Command, first.ReviewSectionId, first.ChapterSlug, first.SourceFile, first.SourceLine));
        Assert.Equal(chapter.LabChecks, course.AllLabChecks);
    }

    [Fact]
    public void Without_the_keys_a_chapter_is_original_and_declares_no_check()
    {
        var chapter = ChapterLoader.Load([("01-a.md", ChapterFile.Valid())]).Chapters.Single();

        Assert.False(chapter.IsEditionAddition);
        Assert.Empty(chapter.LabChecks);
    }

    [Theory]
    [InlineData("    command: \"kubectl get nodes\"", "    comand: \"kubectl get nodes\"", "comand:", "unknown lab check key 'comand' (expected one of: id, title, command, review)")]
    [InlineData("  - id: nodes-ready", "  - id: Nodes_Ready", "id: Nodes_Ready", "lab check id 'Nodes_Ready' must be lowercase ASCII")]
    [InlineData("    review: demarrage\n  - id: rng", "    review: nulle-part\n  - id: rng", "review: nulle-part", "lab check review section 'nulle-part' is not a heading id of this chapter (known ids: demarrage)")]
    [InlineData("  - id: rng-daemonset", "  - id: nodes-ready", "id: nodes-ready", "duplicate lab check id 'nodes-ready' (already declared on line 13)")]
    [InlineData("addedInEdition: true", "addedInEdition: oui", "addedInEdition", "'addedInEdition' must be true or false")]
    [InlineData("    title: \"rng tourne sur chaque nœud\"\n", "", "  - id: rng-daemonset", "lab check has no 'title'")]
    public void Invalid_lab_checks_point_at_their_line(string find, string replace, string lineFragment, string message)
    {
        var text = WithHeader(Checks.Replace(find, replace));
        var line = text.ReplaceLineEndings("\n").Split('\n').ToList().FindLastIndex(l => l.Contains(lineFragment, StringComparison.Ordinal)) + 1;

        // A misspelt key is also reported as missing under its right name; the first error is the one to fix.
        var error = Assert.Throws<InvalidContentException>(() => ChapterLoader.Load([("01-lab.md", text)])).Errors[0];

        Assert.Equal(("01-lab.md", line), (error.File, error.Line));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_lab_check_id_is_unique_across_the_course()
    {
        var first = WithHeader(Checks);
        var second = WithHeader(Checks, slug: "second", order: 2);

        var errors = Assert.Throws<InvalidContentException>(() => ChapterLoader.Load([("01-a.md", first), ("02-b.md", second)])).Errors;

        Assert.Equal(2, errors.Count);
        Assert.Equal(new ContentError("02-b.md", 13, "duplicate lab check id 'nodes-ready' (already declared at 01-a.md:13)"), errors[0]);
    }

    private static string WithHeader(string keys, string slug = "premier", int order = 1) =>
        ChapterFile.Valid(slug: slug, order: order).Replace("  - \"Troisième objectif\"\n", "  - \"Troisième objectif\"\n" + keys + "\n");
}
