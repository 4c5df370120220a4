using System.Text.RegularExpressions;
using Course.Tests.Infrastructure;

namespace Course.Tests.Content;

/// <summary>The shipped chapters against the course document they were made from, and this edition's additions.</summary>
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
    public void The_original_text_is_kept_word_for_word_outside_the_additions()
    {
        var expected = OriginalCourseText.OriginalWords();
        var actual = OriginalCourseText.ShippedWords();

        var first = Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).FirstOrDefault(i => expected[i] != actual[i], -1);
        if (first < 0 && expected.Count == actual.Count)
        {
            return;
        }

        var at = first < 0 ? Math.Min(expected.Count, actual.Count) : first;
        Assert.Fail(
            $"the chapters differ from the original document at word {at}:{Environment.NewLine}" +
            $"  original: …{Around(expected, at)}…{Environment.NewLine}" +
            $"  shipped:  …{Around(actual, at)}…{Environment.NewLine}" +
            "Mark additions as '> [!NOTE]' notes, quiz blocks or an 'addedInEdition' chapter; list real corrections in OriginalCourseText.AllowedCorrections.");
    }

    [Fact]
    public void Fidelity_check_notices_a_changed_word()
    {
        // The check above must be able to fail: one word changed anywhere makes the sequences differ.
        var shipped = OriginalCourseText.ShippedWords().ToList();
        var index = shipped.IndexOf("Kubelet");
        shipped[index] = "Kubelette";

        Assert.NotEqual(OriginalCourseText.OriginalWords(), shipped);
    }

    [Fact]
    public void Every_heading_of_the_original_document_is_present_in_order()
    {
        var expected = OriginalCourseText.RepairedSeed()
            .Split('\n')
            .Where(line => line.StartsWith('#'))
            .Select(line => Normalize(ChapterNumberPrefix().Replace(line.TrimStart('#'), "")))
            .ToList();

        var actual = ShippedCourse.Content.Chapters
            .Where(c => !c.IsEditionAddition)
            .SelectMany(c => new[] { c.Title }.Concat(c.Sections.Where(s => s.Level > 0).Select(s => s.Heading)))
            .Select(Normalize)
            .ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Chapter_two_summary_is_an_editorial_note()
    {
        var summary = ShippedCourse.Content.FindChapter("concepts-kubernetes")!
            .FindSection("resume-des-concepts-1-de-kubernetes");

        Assert.NotNull(summary);
        var note = Assert.Single(Notes(summary.Html));
        Assert.Contains("blue/green", note);
        Assert.Contains("ajout de cette édition", note);
    }

    [Fact]
    public void The_bare_long_url_of_chapter_two_became_a_readable_link()
    {
        var html = string.Concat(ShippedCourse.Content.FindChapter("concepts-kubernetes")!.Sections.Select(s => s.Html));

        Assert.DoesNotContain(":~:text=", html);
        Assert.Matches("<a href=\"https://circleci.com/[^\"]*\"[^>]*>[^<]*CircleCI", html);
    }

    [Fact]
    public void Every_editorial_note_is_titled_and_cites_the_kubernetes_documentation()
    {
        var notes = ShippedCourse.Content.Chapters.SelectMany(c => c.Sections).SelectMany(s => Notes(s.Html)).ToList();

        Assert.True(notes.Count >= 15, $"expected the edition's notes in the chapters, found {notes.Count}");
        Assert.All(notes, note =>
        {
            Assert.StartsWith("<aside class=\"edition-note\" role=\"note\" aria-label=\"Note de cette édition\">", note);
            Assert.Contains("<p class=\"edition-note__title\">Note de cette édition</p>", note);
            Assert.Matches("<a href=\"https://kubernetes\\.io/(docs|blog)/[^\"]+\"", note);
        });
    }

    [Theory]
    [InlineData("introduction", "Play-with-Kubernetes")]
    [InlineData("introduction", "kube-flannel.yml")]
    [InlineData("introduction", "--pod-network-cidr=10.244.0.0/16")]
    [InlineData("introduction", "kubeadm token create --print-join-command")]
    [InlineData("introduction", "stable (GA) depuis Kubernetes 1.13")]
    [InlineData("introduction", "$HOME/.kube/config")]
    [InlineData("introduction", "Pourquoi un réseau de pods ?")]
    [InlineData("introduction", "docker compose up")]
    [InlineData("architecture-introduction", "plan de contrôle")]
    [InlineData("architecture-introduction", "Pourquoi garder les applications hors du plan de contrôle ?")]
    [InlineData("architecture-introduction", "place des <strong>pods</strong>")]
    [InlineData("architecture-introduction", "cri-dockerd")]
    [InlineData("architecture-maitre", "supprimées dans Kubernetes 1.23")]
    [InlineData("architecture-noeuds", "cri-dockerd")]
    [InlineData("architecture-noeuds", "ne fournit <strong>pas</strong> le réseau des pods")]
    [InlineData("architecture-noeuds", "il ne <strong>sécurise</strong> pas ce trafic")]
    [InlineData("concepts-kubernetes", "surengagement")]
    public void What_changed_since_the_workshop_is_said_in_a_note(string slug, string fragment)
    {
        var notes = ShippedCourse.Content.FindChapter(slug)!.Sections.SelectMany(s => Notes(s.Html));

        // The rendered text has narrow no-break spaces before "?" (FrenchSpacingExtension); the fragments are as written.
        Assert.Contains(notes, n => n.Replace('\u202F', ' ').Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void The_lab_chapter_is_an_addition_linked_from_chapter_one()
    {
        var course = ShippedCourse.Content;
        var lab = course.FindChapter("deployer-dockercoins")!;

        Assert.True(lab.IsEditionAddition);
        Assert.All(course.Chapters.Where(c => c != lab), c => Assert.False(c.IsEditionAddition));
        Assert.Equal("Déployer DockerCoins sur votre cluster", lab.Title);
        Assert.Contains("href=\"chapitres/deployer-dockercoins\"", course.FindChapter("introduction")!.FindSection("quelle-est-cette-application")!.Html);
    }

    [Fact]
    public void Lab_checks_declare_what_the_cluster_feature_evaluates()
    {
        var checks = ShippedCourse.Content.AllLabChecks;

        Assert.Equal(
            ["nodes-ready", "pod-network", "dockercoins-available", "webui-exposed", "worker-scaled", "rng-daemonset"],
            checks.Select(c => c.Id));
        Assert.All(checks, c => Assert.NotNull(ShippedCourse.Content.FindChapter(c.ChapterSlug)!.FindSection(c.ReviewSectionId)));
        Assert.All(checks, c => Assert.StartsWith("kubectl ", c.Command));
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

    private static IEnumerable<string> Notes(string html) => Note().Matches(html).Select(m => m.Value);

    private static string Around(IReadOnlyList<string> words, int index) =>
        string.Join(' ', words.Skip(Math.Max(0, index - 8)).Take(16));

    private static string Normalize(string heading) => WhiteSpace().Replace(heading, " ").Trim();

    [GeneratedRegex("<aside class=\"edition-note\".*?</aside>", RegexOptions.Singleline)]
    private static partial Regex Note();

    [GeneratedRegex(@"^\s*\d+\s*-\s*")]
    private static partial Regex ChapterNumberPrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
