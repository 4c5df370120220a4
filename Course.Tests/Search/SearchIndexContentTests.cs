using Course.Tests.Infrastructure;
using Course.Web.Components.Search;

namespace Course.Tests.Search;

public sealed class SearchIndexContentTests
{
    private const string QuizChapter = """
        ## Les ports

        Chaque service écoute sur un port.

        ```quiz
        id: essai-port
        type: single
        concept: Les ports
        review: les-ports
        question: "Quel port choisit-on pour le service ?"
        options:
          - text: "Le port zanzibarique"
            correct: true
          - text: "Le port fougasse"
        explanation: "Le service écoute sur le port expliqué ici."
        ```
        """;

    [Fact]
    public void Every_section_and_every_quiz_question_of_the_course_is_indexed()
    {
        var course = ShippedCourse.Content;
        var sections = course.Chapters.Sum(c => c.Sections.Count(s => s.Heading.Length > 0 || s.Html.Length > 0));

        Assert.Equal(sections + course.AllQuestions.Count, SearchTestCourse.ShippedIndex.DocumentCount);
    }

    [Fact]
    public void A_question_is_found_by_its_prompt_and_its_explanation_and_links_to_its_section()
    {
        var index = SearchTestCourse.IndexOf(QuizChapter);

        var byPrompt = Assert.Single(index.Search("choisit").Hits);
        var byExplanation = Assert.Single(index.Search("expliqué").Hits);

        Assert.True(byPrompt.Entry.IsQuestion);
        Assert.Equal(byPrompt.Entry, byExplanation.Entry);
        Assert.Equal("chapitres/essai#les-ports", byPrompt.Entry.Href);
    }

    [Fact]
    public void No_option_text_and_so_no_keyed_answer_is_indexed()
    {
        var index = SearchTestCourse.IndexOf(QuizChapter);

        Assert.Empty(index.Search("zanzibarique").Hits);
        Assert.Empty(index.Search("fougasse").Hits);
        Assert.DoesNotContain("zanzibarique", index.Search("port").Hits.Select(h => h.Entry.Body + h.SnippetHtml).Aggregate(string.Concat));
    }

    [Fact]
    public void Shipped_questions_are_indexed_by_their_prompt_and_explanation_only()
    {
        var questions = ShippedCourse.Content.AllQuestions;
        var entries = SearchEntries.Of(ShippedCourse.Content).Where(e => e.IsQuestion).ToList();

        Assert.Equal(questions.Count, entries.Count);
        Assert.All(questions.Zip(entries), pair =>
        {
            var (question, entry) = pair;
            var prompt = SectionText.FromHtml(question.PromptHtml);
            Assert.Equal($"{prompt} {SectionText.FromHtml(question.ExplanationHtml)}", entry.Body);
            Assert.Equal(prompt, entry.Snippet);
            Assert.Equal("", entry.Heading);
        });
    }

    [Fact]
    public void A_question_result_quotes_its_prompt_but_never_its_explanation()
    {
        var index = SearchTestCourse.IndexOf(QuizChapter);

        var hit = Assert.Single(index.Search("expliqué").Hits);

        Assert.Contains("Quel port choisit-on", hit.SnippetHtml);
        Assert.DoesNotContain("expliqué", hit.SnippetHtml);
    }

    [Fact]
    public void Snippets_escape_the_text_then_mark_the_matched_words()
    {
        var index = SearchTestCourse.IndexOf("## Balises\n\nÉcrire `<script>alert(1)</script>` puis le kubelet & le reste.\n");

        var snippet = Assert.Single(index.Search("kubelet").Hits).SnippetHtml;

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", snippet);
        Assert.Contains("<mark>kubelet</mark>", snippet);
        Assert.Contains("&amp;", snippet);
        Assert.Contains("Écrire", snippet);
        Assert.DoesNotContain("<script>", snippet);
    }

    [Fact]
    public void Accented_words_are_marked_in_the_snippet_when_typed_without_accents()
    {
        var snippet = SearchTestCourse.ShippedIndex.Search("noeuds").Hits[0].SnippetHtml;

        Assert.Contains("<mark>nœuds</mark>", snippet, StringComparison.OrdinalIgnoreCase);
    }
}
