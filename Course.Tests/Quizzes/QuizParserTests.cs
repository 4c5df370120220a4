using Course.Content.Loading;
using Course.Content.Model;
using Course.Content.Quizzes;
using static Course.Tests.Quizzes.QuizChapterSource;

namespace Course.Tests.Quizzes;

public sealed class QuizParserTests
{
    [Fact]
    public void Single_choice_quiz_becomes_a_typed_question_of_the_section_it_follows()
    {
        var course = Load(Chapter(ValidSingle));

        var chapter = course.Chapters.Single();
        var services = chapter.FindSection("les-services")!;
        var question = Assert.Single(services.Questions);
        Assert.Empty(chapter.FindSection("nettoyage")!.Questions);
        Assert.Equal("intro-role-rng", question.Id);
        Assert.Equal(QuizKind.SingleChoice, question.Kind);
        Assert.Equal("Quel service génère les octets aléatoires\u202F?", question.PromptHtml);
        Assert.Equal(["a", "b", "c"], question.Options.Select(o => o.Id));
        Assert.Equal("<code>rng</code>", question.Options[0].Html);
        Assert.Equal(["a"], question.CorrectOptionIds);
        Assert.Equal("<code>rng</code> génère des octets aléatoires\u202F; <code>hasher</code> les <em>hache</em>.", question.ExplanationHtml);
        Assert.Equal("Les services de DockerCoins", question.Concept);
        Assert.Equal("les-services", question.ReviewSectionId);
        Assert.Equal("test", question.ChapterSlug);
        Assert.Same(question, course.FindQuestion("intro-role-rng"));
        Assert.Equal([question], course.AllQuestions);
    }

    [Fact]
    public void Multiple_choice_quiz_keeps_every_correct_option()
    {
        var quiz = ValidSingle.Replace("type: single", "type: multiple")
            .Replace("- text: \"`worker`\"", "- text: \"`worker`\"\n    correct: true");

        var question = Load(Chapter(quiz)).AllQuestions.Single();

        Assert.Equal(QuizKind.MultipleChoice, question.Kind);
        Assert.Equal(["a", "c"], question.CorrectOptionIds);
    }

    [Fact]
    public void True_false_quiz_has_vrai_and_faux_options()
    {
        var question = Load(Chapter(TrueFalse("Vrai", "Faux"))).AllQuestions.Single();

        Assert.Equal(QuizKind.TrueFalse, question.Kind);
        Assert.Equal(["Faux", "Vrai"], question.Options.Select(o => o.Html).Order());
        Assert.Equal(["b"], question.CorrectOptionIds);
        Assert.True(question.ToView().IsSingleAnswer);
    }

    [Fact]
    public void Public_view_carries_no_answer_and_no_explanation()
    {
        var question = Load(Chapter(ValidSingle)).AllQuestions.Single();

        var view = question.ToView();

        Assert.Equal(question.Options, view.Options);
        Assert.Equal(question.PromptHtml, view.PromptHtml);
        var members = typeof(QuizQuestionView).GetProperties().Select(p => p.Name).ToList();
        Assert.DoesNotContain(members, m => m.Contains("Correct", StringComparison.Ordinal) || m.Contains("Explanation", StringComparison.Ordinal));
    }

    [Fact]
    public void Quiz_block_renders_nothing_into_the_section_html()
    {
        var section = Load(Chapter(ValidSingle)).Chapters.Single().FindSection("les-services")!;

        Assert.Contains("Le worker demande des octets à rng.", section.Html);
        Assert.DoesNotContain("quiz", section.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("hasher", section.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("correct", section.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiz_pipeline_renders_nothing_for_a_quiz_fence_but_keeps_other_code_blocks()
    {
        var pipeline = new Markdig.MarkdownPipelineBuilder().UseQuizzes().Build();

        var html = Markdig.Markdown.ToHtml("Avant\n\n```quiz\nid: x\n```\n\n```bash\nls\n```\n", pipeline);

        Assert.Equal("<p>Avant</p>\n<pre><code class=\"language-bash\">ls\n</code></pre>\n", html);
    }

    [Fact]
    public void Missing_id_points_at_the_quiz_fence()
    {
        var text = Chapter(ValidSingle.Replace("id: intro-role-rng\n", ""));

        AssertSingleError(text, LineOf(text, "```quiz"), "no 'id'");
    }

    [Theory]
    [InlineData("type: single\n", "no 'type'")]
    [InlineData("concept: Les services de DockerCoins\n", "no 'concept'")]
    [InlineData("review: les-services\n", "no 'review'")]
    [InlineData("question: Quel service génère les octets aléatoires ?\n", "no 'question'")]
    [InlineData("explanation: \"`rng` génère des octets aléatoires ; `hasher` les *hache*.\"\n", "no 'explanation'")]
    public void Missing_required_key_points_at_the_quiz_fence(string removed, string message)
    {
        var text = Chapter(ValidSingle.Replace(removed, ""));

        AssertSingleError(text, LineOf(text, "```quiz"), message);
    }

    [Fact]
    public void Duplicate_id_in_one_chapter_points_at_the_second_id_line()
    {
        // The second copy is a multiple-choice question so that only the id, not the key position, is at fault.
        var text = Chapter(ValidSingle + "\n\n" + ValidSingle.Replace("type: single", "type: multiple"));

        AssertSingleError(text, LineOf(text, "id: intro-role-rng", occurrence: 2), $"duplicate quiz id 'intro-role-rng' (already used at {FileName}:{LineOf(text, "id: intro-role-rng")})");
    }

    [Fact]
    public void Duplicate_id_across_chapters_points_at_the_second_id_line()
    {
        var first = Chapter(ValidSingle, slug: "un", order: 1);
        var second = Chapter(ValidSingle, slug: "deux", order: 2);

        var error = Assert.Single(LoadErrors(("01-un.md", first), ("02-deux.md", second)));

        Assert.Equal("02-deux.md", error.File);
        Assert.Equal(LineOf(second, "id: intro-role-rng"), error.Line);
        Assert.Contains($"duplicate quiz id 'intro-role-rng' (already used at 01-un.md:{LineOf(first, "id: intro-role-rng")})", error.Message);
    }

    [Fact]
    public void Error_line_adds_front_matter_block_and_yaml_offsets()
    {
        // Front matter 11 lines, blank, heading, blank, two paragraph lines, blank: the fence is line 18, "corect" line 26.
        var text = Chapter(ValidSingle.Replace("    correct: true", "    corect: true"));

        var error = Assert.Single(LoadErrors((FileName, text)));

        Assert.Equal(18, LineOf(text, "```quiz"));
        Assert.Equal($"{FileName}:26: unknown option key 'corect' (expected one of: text, correct, feedback)", error.ToString().Split(Environment.NewLine)[0]);
    }

    [Theory]
    [InlineData("type: single", "type: single\nhint: rng", "hint: rng", "unknown quiz key 'hint'")]
    [InlineData("type: single", "type: unique", "type: unique", "unknown quiz type 'unique'")]
    [InlineData("id: intro-role-rng", "id: Intro_RNG", "id: Intro_RNG", "lowercase ASCII")]
    [InlineData("review: les-services", "review: les-service", "review: les-service", "review section 'les-service' is not a heading id of this chapter")]
    [InlineData("concept: Les services de DockerCoins", "concept: \"\"", "concept:", "'concept' must be a non-empty text")]
    [InlineData("    correct: true", "    correct: oui", "correct: oui", "'correct' must be true or false")]
    public void Invalid_key_or_value_points_at_its_line(string find, string replace, string lineFragment, string message)
    {
        var text = Chapter(ValidSingle.Replace(find, replace));

        AssertSingleError(text, LineOf(text, lineFragment), message);
    }

    [Fact]
    public void Fewer_than_two_options_points_at_options()
    {
        var text = Chapter(ValidSingle.Replace("  - text: \"`hasher`\"\n  - text: \"`worker`\"\n", ""));

        AssertSingleError(text, LineOf(text, "options:"), "at least two options, found 1");
    }

    [Fact]
    public void No_correct_option_points_at_options()
    {
        var text = Chapter(ValidSingle.Replace("    correct: true\n", ""));

        AssertSingleError(text, LineOf(text, "options:"), "no option is marked 'correct: true'");
    }

    [Fact]
    public void Several_correct_options_on_single_choice_points_at_the_second_one()
    {
        var text = Chapter(ValidSingle.Replace("- text: \"`worker`\"", "- text: \"`worker`\"\n    correct: true"));

        AssertSingleError(text, LineOf(text, "correct: true", occurrence: 2), "single-choice question has exactly one correct option, found 2");
    }

    [Theory]
    [InlineData("Oui", "Non", "text: Oui")]
    [InlineData("Vrai", "vrai", "text: vrai")]
    public void True_false_options_must_be_vrai_and_faux(string first, string second, string lineFragment)
    {
        var text = Chapter(TrueFalse(first, second));

        AssertSingleError(text, LineOf(text, lineFragment), "exactly two options whose texts are 'Vrai' and 'Faux'");
    }

    [Fact]
    public void True_false_with_both_options_correct_points_at_the_second_correct()
    {
        var text = Chapter(TrueFalse("Vrai", "Faux").Replace("  - text: Vrai", "  - text: Vrai\n    correct: true"));

        AssertSingleError(text, LineOf(text, "correct: true", occurrence: 2), "true-false question has exactly one correct option, found 2");
    }

    [Fact]
    public void Malformed_yaml_points_at_the_broken_line()
    {
        var text = Chapter(ValidSingle.Replace("concept: Les services de DockerCoins", "concept: Les services: DockerCoins"));

        AssertSingleError(text, LineOf(text, "concept: Les services: DockerCoins"), "malformed quiz YAML");
    }

    [Fact]
    public void Unclosed_bracket_points_at_the_quiz_fence()
    {
        var text = Chapter(ValidSingle.Replace("concept: Les services de DockerCoins", "concept: [Les services"));

        AssertSingleError(text, LineOf(text, "```quiz"), "a '[' or '{' is never closed");
    }

    [Fact]
    public void Quiz_indented_in_a_list_is_refused()
    {
        var text = Chapter("- un point\n\n  ```quiz\n  id: x\n  ```");

        AssertSingleError(text, LineOf(text, "```quiz"), "must not be indented inside a list");
    }

    private static string TrueFalse(string first, string second) => $"""
        ```quiz
        id: intro-tf
        type: true-false
        concept: Le worker
        review: les-services
        question: Le worker génère lui-même les octets aléatoires.
        options:
          - text: {first}
          - text: {second}
            correct: true
        explanation: Il les demande à `rng`.
        ```
        """;

    private static CourseContent Load(string text) => ChapterLoader.Load([(FileName, text)]);

    private static IReadOnlyList<ContentError> LoadErrors(params (string File, string Text)[] sources) =>
        Assert.Throws<InvalidContentException>(() => ChapterLoader.Load(sources)).Errors;

    private static void AssertSingleError(string text, int line, string message)
    {
        var error = Assert.Single(LoadErrors((FileName, text)));
        Assert.Equal(FileName, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message);
    }
}
