using Course.Content.Quizzes;

namespace Course.Web.Components.Quizzes;

/// <summary>The words, classes and icons a <see cref="QuizCard"/> shows for a save state and each option's verdict.</summary>
internal static class QuizCardText
{
    internal static string SaveHook(QuizSaveState state) => state switch
    {
        QuizSaveState.Saving => "saving",
        QuizSaveState.Saved => "saved",
        _ => "not-saved",
    };

    internal static string SaveText(QuizSaveState state) => state switch
    {
        QuizSaveState.Saving => "Enregistrement en cours…",
        QuizSaveState.Saved => "Enregistré",
        _ => "Non enregistré\u202F: votre réponse n'a pas pu être enregistrée dans votre compte.",
    };

    internal static string OptionClass(QuizOptionVerdict? verdict) => verdict switch
    {
        null => "quiz-card__option",
        { Correct: true } => "quiz-card__option quiz-card__option--correct",
        { Selected: true } => "quiz-card__option quiz-card__option--wrong",
        _ => "quiz-card__option quiz-card__option--other",
    };

    internal static string? VerdictHook(QuizOptionVerdict? verdict) => verdict switch
    {
        null => null,
        { Correct: true } => "correct",
        { Selected: true } => "incorrect",
        _ => "neutral",
    };

    internal static string VerdictIcon(QuizOptionVerdict verdict) => verdict switch
    {
        { Correct: true } => MudBlazor.Icons.Material.Filled.CheckCircle,
        { Selected: true } => MudBlazor.Icons.Material.Filled.Cancel,
        _ => MudBlazor.Icons.Material.Outlined.Circle,
    };

    internal static MudBlazor.Color VerdictColor(QuizOptionVerdict verdict) => verdict switch
    {
        { Correct: true } => MudBlazor.Color.Success,
        { Selected: true } => MudBlazor.Color.Error,
        _ => MudBlazor.Color.Default,
    };

    internal static string VerdictText(QuizOptionVerdict verdict) => (verdict.Selected, verdict.Correct) switch
    {
        (true, true) => "Votre choix\u202F: bonne réponse",
        (true, false) => "Votre choix\u202F: mauvaise réponse",
        (false, true) => "Bonne réponse (non choisie)",
        (false, false) => "Non choisie, à juste titre",
    };
}
