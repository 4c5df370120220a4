using Course.Content.Model;
using Course.Content.Quizzes;
using Course.Web.Components.Progress;
using Microsoft.AspNetCore.Components.Authorization;

namespace Course.Web.Components.Quizzes;

/// <summary>
/// The quiz answers of the student of one circuit, shared by every question card and the self-assessment
/// panel. Grades on the server. An anonymous visitor's answers are saved in the browser only; a signed-in
/// student's are committed to their account (<see cref="AccountAnswers"/>) and loaded from it. What a circuit starts
/// from is read by <see cref="QuizAnswerLoader"/>.
/// </summary>
internal sealed class QuizProgress(
    CourseContent course,
    IQuizAnswerStore store,
    AccountAnswers account,
    QuizAnswerLoader loader,
    AuthenticationStateProvider authentication,
    ILogger<QuizProgress> logger)
{
    private readonly Dictionary<string, QuizAnswerState> _answers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _everCorrect = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QuizSaveState> _saveStates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PendingAnswer>> _unsaved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task> _commits = new(StringComparer.Ordinal);
    private string _studentId = NewStudentId();
    private string? _userId;
    private Task? _loading;

    /// <summary>Saved answers could not be read and were set aside, not lost: the student is told.</summary>
    public bool HasUnreadableSavedAnswers { get; private set; }

    /// <summary>Raised after an answer is graded, reset, saved or not saved, or the saved answers are loaded.</summary>
    public event Action? Changed;

    /// <summary>True once loaded for a signed-in student, whose answers are kept in their account.</summary>
    public bool IsSignedIn => _userId is not null;

    /// <summary>Loads the saved answers once per circuit. Call from <c>OnAfterRenderAsync</c>: it needs JS interop.</summary>
    public Task EnsureLoadedAsync() => _loading ??= LoadAsync();

    /// <summary>The saved state of a question, or null when it was never answered.</summary>
    public QuizAnswerState? StateOf(string questionId) => _answers.GetValueOrDefault(questionId);

    /// <summary>Whether a signed-in student's answers to the question are committed.</summary>
    public QuizSaveState SaveStateOf(string questionId) => _saveStates.GetValueOrDefault(questionId);

    /// <summary>Whether the question was answered correctly at least once.</summary>
    public bool WasEverCorrect(string questionId) => _everCorrect.Contains(questionId);

    /// <summary>The grade of the answer the student last checked, to show it again after a reload; null if none.</summary>
    public QuizResult? CurrentResult(string questionId)
    {
        var question = course.FindQuestion(questionId);
        var selected = StateOf(questionId)?.Selected;
        return question is null || selected is null ? null : QuizGrader.Grade(question, selected).Result;
    }

    /// <summary>
    /// Grades <paramref name="selected"/>. A refused submission changes nothing and is not saved. The grade is
    /// returned at once; a signed-in student's answer is then committed in the background (<see cref="WhenSavedAsync"/>).
    /// </summary>
    public async Task<QuizGrading> CheckAsync(string questionId, IReadOnlyCollection<string> selected)
    {
        var question = course.FindQuestion(questionId)
            ?? throw new ArgumentException($"Unknown quiz question '{questionId}'.", nameof(questionId));
        await EnsureLoadedAsync();
        var grading = QuizGrader.Grade(question, selected);
        if (grading.IsRefused)
        {
            return grading;
        }

        var result = grading.Result;
        var previous = StateOf(questionId);
        _answers[questionId] = new QuizAnswerState(
            result.SelectedOptionIds,
            (previous?.Attempts ?? 0) + 1,
            previous?.FirstTryCorrect ?? result.IsCorrect,
            result.IsCorrect);
        if (result.IsCorrect)
        {
            _everCorrect.Add(questionId);
        }

        if (_userId is null)
        {
            await SaveAsync();
        }
        else
        {
            PendingOf(questionId).Add(new PendingAnswer(question, result, Guid.NewGuid().ToString("N")));
            _ = RetrySaveAsync(questionId);
        }

        Changed?.Invoke();
        return grading;
    }

    /// <summary>
    /// Commits the signed-in student's unsaved answers to the question, oldest first, each under its own submission id:
    /// one whose first commit succeeded unseen is not stored twice. Never throws: the outcome is <see cref="SaveStateOf"/>.
    /// </summary>
    public Task RetrySaveAsync(string questionId)
    {
        if (_commits.TryGetValue(questionId, out var running))
        {
            return running;
        }

        var commit = CommitAsync(questionId);
        if (!commit.IsCompleted)
        {
            _commits[questionId] = commit;
        }

        return commit;
    }

    /// <summary>Completes when the answers checked so far to the question are committed or have failed.</summary>
    public Task WhenSavedAsync(string questionId) => _commits.GetValueOrDefault(questionId) ?? Task.CompletedTask;

    /// <summary>Clears the displayed answer so the student can try again; attempts and first try are kept.</summary>
    public async Task RetryAsync(string questionId)
    {
        if (StateOf(questionId) is { } state)
        {
            _answers[questionId] = state with { Selected = null };
            if (_userId is null)
            {
                await SaveAsync();
            }

            Changed?.Invoke();
        }
    }

    /// <summary>The student's score on the questions of <paramref name="chapter"/>.</summary>
    public ChapterQuizScore ScoreOf(Chapter chapter)
    {
        var questions = chapter.Questions.ToList();
        var answered = questions.Where(q => _answers.ContainsKey(q.Id)).ToList();
        return new ChapterQuizScore(
            questions.Count,
            answered.Count,
            answered.Count(q => _answers[q.Id].LastCorrect),
            answered.Count(q => _answers[q.Id].FirstTryCorrect),
            answered.Where(q => !_answers[q.Id].LastCorrect).ToList(),
            answered.Count(q => _everCorrect.Contains(q.Id)));
    }

    private async Task LoadAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        _userId = SignedInStudent.UserIdOf(state.User);
        var loaded = await loader.LoadAsync(_userId);
        HasUnreadableSavedAnswers = loaded.HasUnreadableSavedAnswers;
        _studentId = loaded.BrowserStudentId ?? _studentId;
        foreach (var (id, answer) in loaded.Answers)
        {
            _answers[id] = answer;
            if (_userId is not null)
            {
                _saveStates[id] = QuizSaveState.Saved;
            }
        }

        _everCorrect.UnionWith(loaded.EverCorrect);
        if (loaded.MergedIntoAccount)
        {
            // Merged: the browser starts afresh under a new anonymous id, so a later anonymous visit in this browser
            // (after signing out) neither shows this account's answers nor merges them again.
            _studentId = NewStudentId();
            await SaveAsync();
        }

        Changed?.Invoke();
    }

    private async Task SaveAsync()
    {
        try
        {
            // A signed-in student's answers live in their account; the browser then keeps only a fresh anonymous id.
            var answers = _userId is null ? _answers : new Dictionary<string, QuizAnswerState>();
            await store.SaveAsync(new StoredQuizAnswers(_studentId, new(answers, StringComparer.Ordinal)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            QuizLog.SaveFailed(logger, e);
        }
    }

    private async Task CommitAsync(string questionId)
    {
        var pending = PendingOf(questionId);
        if (_userId is not { } userId || pending.Count == 0)
        {
            return;
        }

        _saveStates[questionId] = QuizSaveState.Saving;
        try
        {
            while (pending.Count > 0)
            {
                await account.RecordAsync(userId, pending[0].Question, pending[0].Result, pending[0].SubmissionId);
                pending.RemoveAt(0);
            }

            _saveStates[questionId] = QuizSaveState.Saved;
        }
        catch (Exception e)
        {
            // Whatever went wrong (unreachable database, timeout, a closing circuit), the student is told "Non enregistré".
            ProgressLog.AnswerNotSaved(logger, userId, questionId, e);
            _saveStates[questionId] = QuizSaveState.NotSaved;
        }
        finally
        {
            _commits.Remove(questionId);
        }

        Changed?.Invoke();
    }

    private List<PendingAnswer> PendingOf(string questionId) =>
        _unsaved.TryGetValue(questionId, out var pending) ? pending : _unsaved[questionId] = [];

    private static string NewStudentId() => "anon:" + Guid.NewGuid().ToString("N");
}
