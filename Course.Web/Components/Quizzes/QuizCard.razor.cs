using Course.Content.Model;
using Course.Content.Quizzes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace Course.Web.Components.Quizzes;

/// <summary>
/// One quiz question inline in a chapter. Before the student checks, it renders only the public view
/// (prompt and options); the explanation and the right options appear after grading on the server.
/// </summary>
public sealed partial class QuizCard : IDisposable
{
    private readonly HashSet<string> _selected = new(StringComparer.Ordinal);
    // What never changes is shared by every circuit's card for this question; each option's change handler is this
    // card's, built once, so both render trees share the same delegates.
    private QuizCardMarkup? _markup;
    private Action<ChangeEventArgs>[] _onOptionChange = [];
    private CardState _rendered;
    private QuizQuestionView? _view;
    private QuizQuestion? _question;
    private QuizResult? _result;
    private string? _refusal;
    private bool _interactive;
    private bool _askedToSee;
    private bool _showsKey;
    private ElementReference _actionButton;

    [Inject]
    private CourseContent Course { get; set; } = default!;

    [Inject]
    private QuizProgress Progress { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The course-wide id of the question to show.</summary>
    [Parameter, EditorRequired]
    public string QuestionId { get; set; } = "";

    // MudButton's classes (primary, medium) for the card's plain buttons.
    private const string FilledButton = "mud-button-root mud-button mud-button-filled mud-button-filled-primary mud-button-filled-size-medium mud-ripple";
    private const string OutlinedButton = "mud-button-root mud-button mud-button-outlined mud-button-outlined-primary mud-button-outlined-size-medium mud-ripple";
    private const string TextButton = "mud-button-root mud-button mud-button-text mud-button-text-primary mud-button-text-size-medium mud-ripple";

    private static readonly MarkupString CheckLabel = new("<span class=\"mud-button-label\">Vérifier</span>");
    private static readonly MarkupString RetryLabel = new("<span class=\"mud-button-label\">Réessayer</span>");

    private QuizCardMarkup Markup => _markup!;

    private string GroupName => Markup.GroupName;

    private string PromptId => Markup.PromptId;

    private string StatusId => Markup.StatusId;

    private string InputType => _view!.IsSingleAnswer ? "radio" : "checkbox";

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
        var question = Course.FindQuestion(QuestionId);
        _interactive = RendererInfo.IsInteractive;
        if (question is null)
        {
            _view = null;
            _markup = null;
            return;
        }

        var markup = QuizCardMarkup.Of(question);
        _view = markup.View;
        if (ReferenceEquals(markup, _markup))
        {
            return;
        }

        _markup = markup;
        _onOptionChange = _view.Options.Select(o => (Action<ChangeEventArgs>)(e => OnOptionChanged(o.Id, e))).ToArray();
    }

    // A card re-renders only when what it shows changed: the saved answers arriving for other cards, a key pressed on
    // an option, a forged change on a graded card leave its one render tree as it is (docs/architecture.md).
    protected override bool ShouldRender() => CurrentState() != _rendered;

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
        else if (await PendingSelectionAsync() is { Count: > 0 } pending)
        {
            // Ticked before a lost connection or a reload, not yet checked: the choice comes back unchecked.
            _selected.UnionWith(pending);
            StateHasChanged();
        }
    }

    public void Dispose() => Progress.Changed -= OnProgressChanged;

    // Commits finish after the grade is shown: the save state re-renders when they do.
    private void OnProgressChanged() => _ = InvokeAsync(StateHasChanged);

    private Task RetrySaveAsync() => Progress.RetrySaveAsync(QuestionId);

    private void OnOptionChanged(string optionId, ChangeEventArgs e)
    {
        // "disabled" holds only in the browser: a forged change event on a graded card must not alter the answer shown.
        if (_result is not null)
        {
            return;
        }

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
            if (_result is not null)
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
        await ForgetPendingSelectionAsync();
    }

    private async Task RetryAsync()
    {
        await Progress.RetryAsync(QuestionId);
        _selected.Clear();
        _result = null;
        _question = null;
        _refusal = null;
        _askedToSee = false;
        _showsKey = false;
        await ForgetPendingSelectionAsync();
    }

    private void ShowKey()
    {
        _askedToSee = true;
        _showsKey = _result is not null;
    }

    private void ShowResult(QuizResult result)
    {
        _refusal = null;
        _result = result;
        _question = Course.FindQuestion(QuestionId);
        _showsKey = QuizKeyReveal.ShowsKey(result, Progress.StateOf(QuestionId)?.Attempts ?? 1, _askedToSee);
    }

    // Until the key is shown, only the options the student ticked get a verdict: an unticked right option would give
    // the answer away. Afterwards every option has one; an unticked wrong option is rightly unticked, said neutrally.
    private QuizOptionVerdict? ShownVerdictOf(string optionId)
    {
        var verdict = _result?.Verdicts.FirstOrDefault(v => v.OptionId == optionId);
        return verdict is { Selected: false } && !_showsKey ? null : verdict;
    }

    private async Task<IReadOnlyCollection<string>?> PendingSelectionAsync()
    {
        try
        {
            var pending = await JS.InvokeAsync<string[]?>("courseSite.pendingQuizSelection", QuestionId);
            var known = pending?.Where(id => _view!.Options.Any(o => o.Id == id)).ToList();
            return _view!.IsSingleAnswer ? known?.Take(1).ToList() : known;
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException)
        {
            // Nothing kept, or the page closed while asking (a closing circuit is no error).
            return null;
        }
    }

    private async Task ForgetPendingSelectionAsync()
    {
        try
        {
            await JS.InvokeVoidAsync("courseSite.forgetQuizSelection", QuestionId);
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException)
        {
            // Nothing kept, nothing to forget.
        }
    }

    // Everything the markup reads, captured as it renders.
    private CardState CurrentState() => new(
        _view,
        string.Concat(_view?.Options.Where(o => _selected.Contains(o.Id)).Select(o => o.Id + "\n") ?? []),
        _result,
        _question,
        _showsKey,
        _refusal,
        _interactive,
        SaveState);

    private string OptionHtml(string optionId) => _view!.Options.First(o => o.Id == optionId).Html;

    private readonly record struct CardState(
        QuizQuestionView? View,
        string Selected,
        QuizResult? Result,
        QuizQuestion? Question,
        bool ShowsKey,
        string? Refusal,
        bool Interactive,
        QuizSaveState Save);
}
