using Course.Content.Model;
using Course.Content.Quizzes;

namespace Course.Web.Components.Quizzes;

/// <summary>
/// The quiz answers of the student of one circuit, shared by every question card and the self-assessment
/// panel. Grades on the server, saves to the browser, publishes each graded answer.
/// </summary>
internal sealed class QuizProgress(
    CourseContent course,
    IQuizAnswerStore store,
    IQuizAnswerSink sink,
    TimeProvider time,
    ILogger<QuizProgress> logger)
{
    private readonly Dictionary<string, QuizAnswerState> _answers = new(StringComparer.Ordinal);
    private string _studentId = NewStudentId();
    private Task? _loading;

    /// <summary>Saved answers could not be read and were set aside, not lost: the student is told.</summary>
    public bool HasUnreadableSavedAnswers { get; private set; }

    /// <summary>Raised after an answer is graded, reset, or the saved answers are loaded.</summary>
    public event Action? Changed;

    /// <summary>Loads the saved answers once per circuit. Call from <c>OnAfterRenderAsync</c>: it needs JS interop.</summary>
    public Task EnsureLoadedAsync() => _loading ??= LoadAsync();

    /// <summary>The saved state of a question, or null when it was never answered.</summary>
    public QuizAnswerState? StateOf(string questionId) => _answers.GetValueOrDefault(questionId);

    /// <summary>The grade of the answer the student last checked, to show it again after a reload; null if none.</summary>
    public QuizResult? CurrentResult(string questionId)
    {
        var question = course.FindQuestion(questionId);
        var selected = StateOf(questionId)?.Selected;
        return question is null || selected is null ? null : QuizGrader.Grade(question, selected).Result;
    }

    /// <summary>
    /// Grades <paramref name="selected"/>. A refused submission changes nothing and is not published.
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
        var state = new QuizAnswerState(
            result.SelectedOptionIds,
            (previous?.Attempts ?? 0) + 1,
            previous?.FirstTryCorrect ?? result.IsCorrect,
            result.IsCorrect);
        _answers[questionId] = state;
        await SaveAsync();
        await PublishAsync(question, result, state.Attempts);
        Changed?.Invoke();
        return grading;
    }

    /// <summary>Clears the displayed answer so the student can try again; attempts and first try are kept.</summary>
    public async Task RetryAsync(string questionId)
    {
        if (StateOf(questionId) is { } state)
        {
            _answers[questionId] = state with { Selected = null };
            await SaveAsync();
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
            answered.Where(q => !_answers[q.Id].LastCorrect).ToList());
    }

    private async Task LoadAsync()
    {
        try
        {
            var saved = await store.LoadAsync();
            HasUnreadableSavedAnswers = store.HasUnreadableAnswers;
            if (saved is not null)
            {
                _studentId = saved.StudentId;
                foreach (var (id, state) in saved.Answers)
                {
                    // Questions removed from the course since the last visit are forgotten.
                    if (course.FindQuestion(id) is not null)
                    {
                        _answers[id] = state;
                    }
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Unreadable storage (keys rotated, tampered value) must not break the chapter page.
            QuizLog.LoadFailed(logger, e);
        }

        Changed?.Invoke();
    }

    private async Task SaveAsync()
    {
        try
        {
            await store.SaveAsync(new StoredQuizAnswers(_studentId, new(_answers, StringComparer.Ordinal)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            QuizLog.SaveFailed(logger, e);
        }
    }

    private async Task PublishAsync(QuizQuestion question, QuizResult result, int attempt)
    {
        var answer = new QuizAnswerRecorded(
            _studentId, true, question.Id, question.ChapterSlug, result.SelectedOptionIds, result.IsCorrect, attempt, time.GetUtcNow());
        try
        {
            await sink.RecordAsync(answer);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            QuizLog.SinkFailed(logger, question.Id, e);
        }
    }

    private static string NewStudentId() => "anon:" + Guid.NewGuid().ToString("N");
}
