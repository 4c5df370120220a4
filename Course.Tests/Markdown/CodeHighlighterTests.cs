using Course.Content.Markdown;
using Course.Content.Markdown.CodeBlocks;
using Course.Tests.Infrastructure;
using Markdig;

namespace Course.Tests.Markdown;

public sealed class CodeHighlighterTests
{
    private static readonly MarkdownPipeline Pipeline = CourseMarkdown.CreatePipeline();

    private static string Render(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);

    [Fact]
    public void Shell_blocks_get_class_based_spans_for_commands_strings_variables_and_comments()
    {
        var html = Render("```bash\n# Lister les nœuds\nkubectl get nodes -o \"wide\" $NS\n```");

        Assert.Contains("<span class=\"hl-comment\"># Lister les nœuds</span>", html);
        Assert.Contains("<span class=\"hl-string\">&quot;wide&quot;</span>", html);
        Assert.Contains("<span class=\"hl-variable\">$NS</span>", html);
        Assert.DoesNotContain("style=", html);
    }

    [Fact]
    public void Yaml_blocks_mark_keys_values_and_numbers()
    {
        var html = Render("```yaml\napiVersion: apps/v1\nspec:\n  replicas: 3 # trois\n```");

        Assert.Contains("<span class=\"hl-key\">apiVersion</span>", html);
        Assert.Contains("<span class=\"hl-key\">replicas</span>", html);
        Assert.Contains("<span class=\"hl-number\">3</span>", html);
        Assert.Contains("<span class=\"hl-comment\"># trois</span>", html);
    }

    [Fact]
    public void Plain_text_is_only_escaped_and_the_text_of_highlighted_code_is_unchanged()
    {
        const string code = "Creating network \"dockercoins_default\" <done> & ok";
        Assert.Equal(System.Net.WebUtility.HtmlEncode(code), CodeHighlighter.ToHtml(code, "text"));

        var shell = "docker compose up -d && echo \"<fini>\" | grep 'x' > /tmp/a";
        var highlighted = CodeHighlighter.ToHtml(shell, "bash");
        Assert.Contains("<span class=", highlighted);
        var text = System.Text.RegularExpressions.Regex.Replace(highlighted, "<[^>]*>", "");
        Assert.Equal(shell, System.Net.WebUtility.HtmlDecode(text));
    }

    [Fact]
    public void The_shipped_chapters_have_highlighted_shell_and_yaml()
    {
        var html = string.Concat(ShippedCourse.Content.Chapters.SelectMany(c => c.Sections).Select(s => s.Html));

        Assert.Contains("data-language=\"bash\"", html);
        Assert.Contains("<span class=\"hl-", html);
        Assert.DoesNotContain("style=\"color", html);
    }
}
