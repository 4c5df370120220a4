using Course.Content.Quizzes;

namespace Course.Web.Components.Quizzes;

/// <summary>
/// When a graded question shows its key (the right options left unticked, and the explanation). Showing it after a
/// first wrong try would make "Réessayer" trivial, so it waits for a right answer, a second wrong try, or the
/// student's explicit "Voir la réponse".
/// </summary>
internal static class QuizKeyReveal
{
    /// <summary>Graded tries after which a wrong answer shows the key by itself.</summary>
    public const int TriesBeforeReveal = 2;

    /// <param name="result">The answer on screen.</param>
    /// <param name="attempts">Graded tries of the question so far, this one included.</param>
    /// <param name="askedToSee">The student pressed "Voir la réponse".</param>
    public static bool ShowsKey(QuizResult result, int attempts, bool askedToSee) =>
        result.IsCorrect || askedToSee || attempts >= TriesBeforeReveal;
}
