using Course.Content.Markdown;
using Course.Content.Markdown.HeadingIds;
using Markdig;

namespace Course.Tests.Markdown;

public sealed class CourseMarkdownTests
{
    private static readonly MarkdownPipeline Pipeline = CourseMarkdown.CreatePipeline();

    private static string Render(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);

    [Theory]
    [InlineData("Démarrage", "demarrage")]
    [InlineData("Les Nœuds Kubernetes", "les-noeuds-kubernetes")]
    [InlineData("Qu'est-ce que Kubernetes ?", "qu-est-ce-que-kubernetes")]
    [InlineData("Résumé des concepts #1 de Kubernetes", "resume-des-concepts-1-de-kubernetes")]
    [InlineData("API Server", "api-server")]
    public void Heading_text_becomes_a_folded_lowercase_slug(string heading, string id) =>
        Assert.Equal(id, HeadingSlugger.Slugify(heading));

    [Fact]
    public void Headings_get_ids_unique_within_the_page()
    {
        var html = Render("## Nettoyage\n\n### Nettoyage\n\n## Nettoyage");

        Assert.Contains("<h2 id=\"nettoyage\">Nettoyage</h2>", html);
        Assert.Contains("<h3 id=\"nettoyage-2\">Nettoyage</h3>", html);
        Assert.Contains("<h2 id=\"nettoyage-3\">Nettoyage</h2>", html);
    }

    [Fact]
    public void Fenced_code_gets_a_language_label_and_a_copy_button()
    {
        var html = Render("```bash\nkubectl get nodes\n```");

        Assert.Contains("<figure class=\"code-block\" data-language=\"bash\">", html);
        Assert.Contains("<span class=\"code-block__language\">bash</span>", html);
        Assert.Contains("<button type=\"button\" class=\"code-block__copy\" data-copy-code", html);
        Assert.Contains(">Copier</button>", html);
        Assert.Contains("<pre tabindex=\"0\"><code class=\"language-bash\">kubectl get nodes\n</code></pre>", html);
    }

    [Fact]
    public void Shell_prompts_and_outputs_in_code_stay_as_written_but_escaped()
    {
        var html = Render("```text\n> \"https://x\" <ok> && $(id -u)\n```");

        Assert.Contains("&gt; &quot;https://x&quot; &lt;ok&gt; &amp;&amp; $(id -u)", html);
        Assert.Contains("<span class=\"code-block__language\">sortie</span>", html);
    }

    [Fact]
    public void Raw_html_is_shown_as_text_never_passed_through()
    {
        var html = Render("<script>alert('x')</script>\n\nTexte <img src=x onerror=alert(1)> fin");

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Script_links_are_neutralised()
    {
        var html = Render("[clic](javascript:alert(1)) et [données](data:text/html,x)");

        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("data:text", html);
        Assert.Contains("<a href=\"#\">clic</a>", html);
    }

    [Fact]
    public void External_links_open_in_a_new_tab_without_opener()
    {
        var html = Render("[Kubernetes](https://kubernetes.io/docs/) et https://github.com/dockersamples/dockercoins");

        Assert.Contains("<a href=\"https://kubernetes.io/docs/\" target=\"_blank\" rel=\"noopener noreferrer\">Kubernetes</a>", html);
        Assert.Contains("<a href=\"https://github.com/dockersamples/dockercoins\" target=\"_blank\" rel=\"noopener noreferrer\">", html);
    }

    [Fact]
    public void Internal_links_stay_in_the_tab()
    {
        var html = Render("[chapitre 2](chapitres/concepts-kubernetes) et [plus haut](#demarrage)");

        Assert.Contains("<a href=\"chapitres/concepts-kubernetes\">chapitre 2</a>", html);
        Assert.Contains("<a href=\"#demarrage\">plus haut</a>", html);
    }

    [Fact]
    public void Pipe_tables_task_lists_and_emphasis_extras_render()
    {
        var html = Render("| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] fait\n- [ ] à faire\n\n~~barré~~");

        Assert.Contains("<table>", html);
        Assert.Contains("type=\"checkbox\"", html);
        Assert.Contains("<del>barré</del>", html);
    }

    [Fact]
    public void Inline_rendering_drops_the_paragraph()
    {
        Assert.Equal("Lancer <code>kubeadm join</code> <em>ici</em>", CourseMarkdown.RenderInline("Lancer `kubeadm join` *ici*"));
    }
}
