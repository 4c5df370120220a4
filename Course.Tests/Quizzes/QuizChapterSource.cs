namespace Course.Tests.Quizzes;

/// <summary>Builds small chapter files around quiz blocks and finds lines in them, for parser tests.</summary>
internal static class QuizChapterSource
{
    public const string FileName = "09-test.md";

    public const string ValidSingle = """
        ```quiz
        id: intro-role-rng
        type: single
        concept: Les services de DockerCoins
        review: les-services
        question: Quel service génère les octets aléatoires ?
        options:
          - text: "`rng`"
            correct: true
          - text: "`hasher`"
          - text: "`worker`"
        explanation: "`rng` génère des octets aléatoires ; `hasher` les *hache*."
        ```
        """;

    /// <summary>A chapter whose body has two sections; <paramref name="quizzes"/> go after the first one.</summary>
    public static string Chapter(string quizzes, string slug = "test", int order = 9) => $"""
        ---
        slug: {slug}
        title: "Chapitre de test"
        order: {order}
        summary: "Un chapitre pour les tests."
        readingMinutes: 1
        objectives:
          - "Un"
          - "Deux"
          - "Trois"
        ---

        ## Les services

        Le worker demande des octets à rng.
        Les services de DockerCoins se partagent le travail, et les rôles du worker sont simples.

        {quizzes}

        ## Nettoyage

        Fin : le nettoyage se fait avec Ctrl-C.
        """;

    /// <summary>The 1-based line of the first line of <paramref name="text"/> containing <paramref name="fragment"/>.</summary>
    public static int LineOf(string text, string fragment, int occurrence = 1)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var seen = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(fragment, StringComparison.Ordinal) && ++seen == occurrence)
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"'{fragment}' not found", nameof(fragment));
    }
}
