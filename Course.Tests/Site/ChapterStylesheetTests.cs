using System.Text.RegularExpressions;
using Course.Content.Model;
using Course.Tests.Infrastructure;
using Course.Web.Components.Assets;
using Microsoft.Extensions.DependencyInjection;

namespace Course.Tests.Site;

/// <summary>
/// A chapter's first paint waits only for the part of MudBlazor's stylesheet a chapter uses (wwwroot/css/mud-chapter.css,
/// generated from the package and committed): it must stay the package's rules, and cover every MudBlazor class a
/// chapter shows. Other pages keep the whole stylesheet, render-blocking.
/// </summary>
public sealed partial class ChapterStylesheetTests(InMemorySiteFactory factory) : IClassFixture<InMemorySiteFactory>
{
    // Set to 1 to rewrite the committed file from the package's stylesheet instead of failing.
    private const string UpdateVariable = "UPDATE_CHAPTER_STYLESHEET";

    [Fact]
    public async Task The_committed_chapter_stylesheet_is_cut_from_the_packages_stylesheet()
    {
        using var client = factory.CreateClient();
        var whole = await client.GetStringAsync("/" + ChapterStylesheet.MudBlazorPath);
        var committed = await AssertCommittedFileAsync(
            ChapterStylesheet.Path, StylesheetSubset.Keep(whole, ChapterStylesheet.Keeps), "ChapterStylesheet.Keeps");
        // A fraction of the whole, yet the layout's own rules are in it.
        Assert.InRange(committed.Length, 10_000, whole.Length / 5);
        Assert.Contains(".mud-appbar{", committed, StringComparison.Ordinal);
        Assert.Contains(".mud-drawer-", committed, StringComparison.Ordinal);
        Assert.DoesNotContain(".mud-chart", committed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_committed_dockercoins_add_on_is_cut_from_the_packages_stylesheet_without_the_chapters_rules()
    {
        using var client = factory.CreateClient();
        var whole = await client.GetStringAsync("/" + ChapterStylesheet.MudBlazorPath);
        var committed = await AssertCommittedFileAsync(
            DockerCoinsStylesheet.Path, StylesheetSubset.KeepSelectors(whole, DockerCoinsStylesheet.KeepsSelector), "DockerCoinsStylesheet.Keeps");
        Assert.InRange(committed.Length, 1_000, whole.Length / 10);
        Assert.Contains(".mud-chip{", committed, StringComparison.Ordinal);
        Assert.Contains(".mud-grid-item-md-3{", committed, StringComparison.Ordinal);
        // Nothing the chapter stylesheet already has: the app bar's rules come once.
        Assert.DoesNotContain(".mud-appbar{", committed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_MudBlazor_class_the_dockercoins_page_shows_is_in_its_stylesheets()
    {
        using var client = factory.CreateClient();
        var styled = ClassName().Matches(await client.GetStringAsync("/" + ChapterStylesheet.MudBlazorPath))
            .Select(m => m.Groups["name"].Value.Replace("\\", "", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

        var html = await client.GetStringAsync("/dockercoins");

        var dropped = ClassAttribute().Matches(html).SelectMany(m => m.Groups["classes"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(styled.Contains).Where(c => !DockerCoinsStylesheet.Keeps(c)).Distinct().ToList();
        Assert.True(dropped.Count == 0, $"/dockercoins uses MudBlazor classes its stylesheets drop: {string.Join(", ", dropped)}");
        Assert.Matches(WholeStylesheet(disabled: true), html);
        Assert.Matches(AddOn(disabled: false), html);
        Assert.Contains("data-hash-rate=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_MudBlazor_class_a_chapter_shows_is_in_the_chapter_stylesheet_and_only_chapters_link_it_alone()
    {
        var course = factory.Services.GetRequiredService<CourseContent>();
        using var client = factory.CreateClient();
        var styled = ClassName().Matches(await client.GetStringAsync("/" + ChapterStylesheet.MudBlazorPath))
            .Select(m => m.Groups["name"].Value.Replace("\\", "", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

        foreach (var chapter in course.Chapters)
        {
            var html = await client.GetStringAsync($"/chapitres/{chapter.Slug}");
            var dropped = ClassAttribute().Matches(html).SelectMany(m => m.Groups["classes"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(styled.Contains).Where(c => !ChapterStylesheet.Keeps(c)).Distinct().ToList();
            Assert.True(dropped.Count == 0, $"/chapitres/{chapter.Slug} uses MudBlazor classes the chapter stylesheet drops: {string.Join(", ", dropped)}");
            // The whole stylesheet is in the head but disabled: not fetched, and enabled by an enhanced navigation to a
            // page that needs it.
            Assert.Matches(WholeStylesheet(disabled: true), html);
            Assert.Matches(AddOn(disabled: true), html);
        }

        foreach (var path in new[] { "/", "/compte/connexion" })
        {
            var html = await client.GetStringAsync(path);
            Assert.Matches(WholeStylesheet(disabled: false), html);
            Assert.Matches(AddOn(disabled: true), html);
        }
    }

    private static Regex WholeStylesheet(bool disabled) =>
        new($"<link rel=\"stylesheet\" href=\"_content/MudBlazor/MudBlazor\\.min\\.css[^\"]*\"[^>]*{(disabled ? " disabled" : "(?<! disabled)")}\\s*/?>");

    private static Regex AddOn(bool disabled) =>
        new($"<link rel=\"stylesheet\" href=\"css/mud-dockercoins\\.[^\"]*\"[^>]*{(disabled ? " disabled" : "(?<! disabled)")}\\s*/?>");

    [GeneratedRegex("\\.(?<name>-?[_a-zA-Z](?:\\\\.|[\\w-])*)")]
    private static partial Regex ClassName();

    [GeneratedRegex("class=\"(?<classes>[^\"]*)\"")]
    private static partial Regex ClassAttribute();

    // The committed file under wwwroot must be what the code cuts from the package (rewritten instead when asked).
    private static async Task<string> AssertCommittedFileAsync(string webPath, string expected, string keeps)
    {
        var path = Path.Combine(RepositoryPaths.WebProject, "wwwroot", webPath);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, expected);
        }

        var committed = File.Exists(path) ? await File.ReadAllTextAsync(path) : "";
        Assert.True(expected == committed,
            $"{webPath} no longer matches MudBlazor's stylesheet or {keeps}: regenerate it with " +
            $"{UpdateVariable}=1 dotnet test Course.Tests --filter ChapterStylesheetTests");
        return committed;
    }
}
