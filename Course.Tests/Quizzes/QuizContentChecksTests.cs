using Course.Content.Loading;
using static Course.Tests.Quizzes.QuizChapterSource;

namespace Course.Tests.Quizzes;

/// <summary>
/// The mechanical item-writing checks run at every load (so at start-up), each failing on a crafted chapter with
/// the file and line to fix.
/// </summary>
public sealed class QuizContentChecksTests
{
    [Fact]
    public void One_position_keying_more_than_40_percent_of_single_choice_questions_is_refused_at_the_second_offender()
    {
        var text = Chapter(Single("q-un", key: 0) + Single("q-deux", key: 0) + Single("q-trois", key: 1) + Single("q-quatre", key: 0) + Single("q-cinq", key: 2));

        var error = Assert.Single(LoadErrors((FileName, text)));

        // 3 of 5 keyed 'a' (60%); at most 2 (40%) are allowed: the third one is the one to move.
        Assert.Equal(new ContentError(FileName, LineOf(text, "id: q-quatre"), error.Message), error);
        Assert.Contains("option 'a' is the key of 3 of the chapter's 5 single-choice questions (at most 2", error.Message);
    }

    [Fact]
    public void Two_fifths_on_one_position_is_accepted()
    {
        var text = Chapter(Single("q-un", key: 0) + Single("q-deux", key: 0) + Single("q-trois", key: 1) + Single("q-quatre", key: 2) + Single("q-cinq", key: 3));

        Assert.Equal(5, ChapterLoader.Load([(FileName, text)]).AllQuestions.Count);
    }

    [Fact]
    public void Two_single_choice_questions_keyed_at_the_same_position_are_refused()
    {
        var text = Chapter(Single("q-un", key: 2) + Single("q-deux", key: 2));

        var error = Assert.Single(LoadErrors((FileName, text)));

        Assert.Equal(LineOf(text, "id: q-deux"), error.Line);
        Assert.Contains("option 'c'", error.Message);
    }

    [Fact]
    public void A_course_keying_faux_in_nearly_every_true_false_item_is_refused()
    {
        var first = Chapter(TrueFalse("vf-un", "Faux") + TrueFalse("vf-deux", "Faux"), slug: "un", order: 1);
        var second = Chapter(TrueFalse("vf-trois", "Faux") + TrueFalse("vf-quatre", "Vrai"), slug: "deux", order: 2);

        var error = Assert.Single(LoadErrors(("01-un.md", first), ("02-deux.md", second)));

        // 1 "Vrai" of 4: a third (2) is required; the error points at the last "Faux" item, one to rewrite.
        Assert.Equal(new ContentError("02-deux.md", LineOf(second, "id: vf-trois"), error.Message), error);
        Assert.Contains("'Vrai' is the key of 1 of the course's 4 true/false questions; at least a third (2)", error.Message);
    }

    [Fact]
    public void A_balanced_course_and_a_single_true_false_item_are_accepted()
    {
        Assert.Equal(2, ChapterLoader.Load([(FileName, Chapter(TrueFalse("vf-un", "Faux") + TrueFalse("vf-deux", "Vrai")))]).AllQuestions.Count);
        Assert.Single(ChapterLoader.Load([(FileName, Chapter(TrueFalse("vf-un", "Faux")))]).AllQuestions);
    }

    [Fact]
    public void A_key_more_than_one_and_a_half_times_the_longest_distractor_is_refused_on_its_line()
    {
        var quiz = Single("q-long", key: 1, keyText: "Le worker, qui boucle sans fin entre rng et hasher");
        var text = Chapter(quiz);

        var error = Assert.Single(LoadErrors((FileName, text)));

        Assert.Equal(LineOf(text, "Le worker, qui boucle"), error.Line);
        Assert.Contains("the correct option has 50 characters, more than 1.5× the longest distractor (17)", error.Message);
    }

    [Fact]
    public void Markup_does_not_count_in_option_lengths()
    {
        // 16 visible characters against 16: the Markdown source (26 characters) would be over 1.5×.
        var text = Chapter(Single("q-code", key: 0, keyText: "**Le** `worker` *et* `rng`"));

        Assert.Single(ChapterLoader.Load([(FileName, text)]).AllQuestions);
    }

    [Fact]
    public void A_review_section_that_does_not_mention_the_concept_is_refused_at_the_question()
    {
        var text = Chapter(Single("q-hors-sujet", key: 0, concept: "Le scheduler"));

        var error = Assert.Single(LoadErrors((FileName, text)));

        Assert.Equal(LineOf(text, "id: q-hors-sujet"), error.Line);
        Assert.Contains("review section 'les-services' does not mention the concept of 'q-hors-sujet' ('Le scheduler', no keywords)", error.Message);
    }

    [Theory]
    [InlineData("[rng]")]
    [InlineData("[scheduler, DEMANDE]")]
    [InlineData("[\"Services de dockercoins\"]")]
    public void A_listed_keyword_found_in_the_section_satisfies_the_check(string keywords)
    {
        var quiz = Single("q-mots", key: 0, concept: "Le scheduler").Replace("review:", $"keywords: {keywords}\nreview:");

        Assert.Single(ChapterLoader.Load([(FileName, Chapter(quiz))]).AllQuestions);
    }

    [Theory]
    [InlineData("[ng]", "keywords 'ng'")]
    [InlineData("[worker demande rng]", "keywords 'worker demande rng'")]
    public void Keywords_match_whole_words_in_order(string keywords, string listed)
    {
        // "ng" is inside "rng" but is not a word of the section; the words of a phrase must follow each other.
        var quiz = Single("q-mots", key: 0, concept: "Le scheduler").Replace("review:", $"keywords: {keywords}\nreview:");

        var error = Assert.Single(LoadErrors((FileName, Chapter(quiz))));

        Assert.Contains(listed, error.Message);
    }

    [Fact]
    public void Accents_and_ligatures_are_folded_when_matching()
    {
        var quiz = Single("q-noeud", key: 0, concept: "Le nœud").Replace("## Les services", "## Les services");
        var text = Chapter(quiz).Replace("Le worker demande des octets à rng.", "Le worker tourne sur LE NOEUD et demande des octets à rng.");

        Assert.Single(ChapterLoader.Load([(FileName, text)]).AllQuestions);
    }

    private static string Single(string id, int key, string? keyText = null, string concept = "Les services de DockerCoins")
    {
        string[] texts = ["Le service `hasher`", "Le service `rng`", "Le service `webui`", "Le service `redis`"];
        if (keyText is not null)
        {
            texts[key] = keyText;
        }

        var options = string.Concat(texts.Select((t, i) => $"  - text: \"{t}\"\n" + (i == key ? "    correct: true\n" : "")));
        return $"""
            ```quiz
            id: {id}
            type: single
            concept: {concept}
            review: les-services
            question: Quel service ?
            options:
            {options.TrimEnd('\n')}
            explanation: Voir le texte.
            ```


            """;
    }

    private static string TrueFalse(string id, string key) => $"""
        ```quiz
        id: {id}
        type: true-false
        concept: Le worker
        review: les-services
        question: Le worker demande des octets.
        options:
          - text: Vrai
        {(key == "Vrai" ? "    correct: true\n" : "")}  - text: Faux
        {(key == "Faux" ? "    correct: true\n" : "")}explanation: Voir le texte.
        ```


        """;

    private static IReadOnlyList<ContentError> LoadErrors(params (string File, string Text)[] sources) =>
        Assert.Throws<InvalidContentException>(() => ChapterLoader.Load(sources)).Errors;
}
