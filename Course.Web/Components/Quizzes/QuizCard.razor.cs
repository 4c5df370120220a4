using Course.Content.Model;
using Course.Content.Quizzes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Course.Web.Components.Quizzes;

/// <summary>
/// One quiz question inline in a chapter. Before the student checks, it renders only the public view
/// (prompt and options); the explanation and the right options appear after grading on the server.
/// </summary>
public sealed partial class QuizCard : IDisposable
{
    private readonly HashSet<string> _selected = new(StringComparer.Ordinal);
    private QuizQuestionView? _view;
    private QuizQuestion? _question;
    private QuizResult? _result;
    private string? _refusal;
    private bool _interactive;
    private MudBlazor.MudButton? _actionButton;

    [Inject]
    private CourseContent Course { get; set; } = default!;

    [Inject]
    private QuizProgress Progress { get; set; } = default!;

    /// <summary>The course-wide id of the question to show.</summary>
    [Parameter, EditorRequired]
    public string QuestionId { get; set; } = "";

    private string GroupName => $"quiz-{QuestionId}";

    private string PromptId => $"quiz-{QuestionId}-prompt";

    private string StatusId => $"quiz-{QuestionId}-status";

    private string KindLabel => _view?.Kind switch
    {
        QuizKind.MultipleChoice => "Question (plusieurs réponses possibles)",
        QuizKind.TrueFalse => "Vrai ou faux",
        _ => "Question (une seule réponse)",
    };

    private QuizSaveState SaveState => Progress.SaveStateOf(QuestionId);

    // "Enregistré" is shown with the answer it concerns; "Non enregistré" stays until the retry succeeds.
    private bool ShowSaveState => SaveState is QuizSaveState.NotSaved || (_result is not null && SaveState is not QuizSaveState.None);

    private string ReviewHref => $"chapitres/{_question!.ChapterSlug}#{_question.ReviewSectionId}";

    private string ReviewTitle =>
        Course.FindChapter(_question!.ChapterSlug)?.FindSection(_question.ReviewSectionId)?.Heading ?? _question.Concept;

    protected override void OnInitialized() => Progress.Changed += OnProgressChanged;

    protected override void OnParametersSet()
    {
        // Only the public view is kept until the student checks: nothing secret can leak into prerendered HTML.
        _view = Course.FindQuestion(QuestionId)?.ToView();
        _interactive = RendererInfo.IsInteractive;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || _view is null)
        {
            return;
        }

        await Progress.EnsureLoadedAsync();
        if (Progress.CurrentResult(QuestionId) is { } saved)
        {
            _selected.UnionWith(saved.SelectedOptionIds);
            ShowResult(saved);
            StateHasChanged();
        }
    }

    public void Dispose() => Progress.Changed -= OnProgressChanged;

    // Commits finish after the grade is shown: the save state re-renders when they do.
    private void OnProgressChanged() => _ = InvokeAsync(StateHasChanged);

    private Task RetrySaveAsync() => Progress.RetrySaveAsync(QuestionId);

    private void OnOptionChanged(string optionId, ChangeEventArgs e)
    {
        _refusal = null;
        if (_view!.IsSingleAnswer)
        {
            _selected.Clear();
            _selected.Add(optionId);
        }
        else if (e.Value is true || (e.Value is string text && bool.TryParse(text, out var on) && on))
        {
            _selected.Add(optionId);
        }
        else
        {
            _selected.Remove(optionId);
        }
    }

    private async Task OnOptionsKeyDownAsync(KeyboardEventArgs e)
    {
        // Enter on a focused option checks the answer, like submitting a form. Graded options are disabled,
        // so focus moves to "Réessayer" instead of falling back to the top of the page.
        if (e.Key == "Enter" && _result is null)
        {
            await CheckAsync();
            if (_result is not null && _actionButton is not null)
            {
                StateHasChanged();
                await _actionButton.FocusAsync();
            }
        }
    }

    private Task OnActionAsync() => _result is null ? CheckAsync() : RetryAsync();

    private async Task CheckAsync()
    {
        var grading = await Progress.CheckAsync(QuestionId, _selected.ToList());
        if (grading.IsRefused)
        {
            _refusal = grading.Refusal;
            return;
        }

        ShowResult(grading.Result);
    }

    private async Task RetryAsync()
    {
        await Progress.RetryAsync(QuestionId);
        _selected.Clear();
        _result = null;
        _question = null;
        _refusal = null;
    }

    private void ShowResult(QuizResult result)
    {
        _refusal = null;
        _result = result;
        _question = Course.FindQuestion(QuestionId);
    }

    private QuizOptionVerdict? VerdictOf(string optionId) => _result?.Verdicts.FirstOrDefault(v => v.OptionId == optionId);

    private string OptionHtml(string optionId) => _view!.Options.First(o => o.Id == optionId).Html;

    private string InputId(string optionId) => $"quiz-{QuestionId}-{optionId}";

    private static string SaveHook(QuizSaveState state) => state switch
    {
        QuizSaveState.Saving => "saving",
        QuizSaveState.Saved => "saved",
        _ => "not-saved",
    };

    private static string SaveText(QuizSaveState state) => state switch
    {
        QuizSaveState.Saving => "Enregistrement en cours…",
        QuizSaveState.Saved => "Enregistré",
        _ => "Non enregistré : votre réponse n'a pas pu être enregistrée dans votre compte.",
    };

    private static string OptionClass(QuizOptionVerdict? verdict) => verdict switch
    {
        null => "quiz-card__option",
        { Correct: true } => "quiz-card__option quiz-card__option--correct",
        { Selected: true } => "quiz-card__option quiz-card__option--wrong",
        _ => "quiz-card__option quiz-card__option--other",
    };

    private static string? VerdictHook(QuizOptionVerdict? verdict) => verdict switch
    {
        null => null,
        { Correct: true } => "correct",
        _ => "incorrect",
    };

    private static string VerdictText(QuizOptionVerdict verdict) => (verdict.Selected, verdict.Correct) switch
    {
        (true, true) => "Votre choix : bonne réponse",
        (true, false) => "Votre choix : mauvaise réponse",
        (false, true) => "Bonne réponse (non choisie)",
        (false, false) => "Mauvaise réponse",
    };
}
