using Course.Content.Model;
using Course.Web.Components.Progress;

namespace Course.Web.Components.Quizzes;

/// <summary>
/// Reads the quiz answers a circuit starts from, for <see cref="QuizProgress"/>: an anonymous visitor's from the browser;
/// a signed-in student's from their account, after merging the browser's anonymous answers into it.
/// </summary>
/// <remarks>
/// Why it never throws: what cannot be read (storage keys rotated, a tampered value, an unreachable database) is logged
/// and counts as nothing saved, so a chapter page never breaks on it.
/// </remarks>
internal sealed class QuizAnswerLoader(
    CourseContent course,
    IQuizAnswerStore store,
    AccountAnswers account,
    ILogger<QuizAnswerLoader> logger)
{
    /// <summary>Reads the answers of <paramref name="userId"/>'s account, or of the browser when null (anonymous).</summary>
    public async Task<LoadedQuizAnswers> LoadAsync(string? userId)
    {
        var (saved, unreadable) = await LoadBrowserAsync();
        if (userId is null)
        {
            return saved is null
                ? new LoadedQuizAnswers(new Dictionary<string, QuizAnswerState>(), new HashSet<string>(), null, false, unreadable)
                : Restore(saved) with { HasUnreadableSavedAnswers = unreadable };
        }

        var merged = await MergeAsync(userId, saved);
        var history = await LoadAccountAsync(userId);
        return new LoadedQuizAnswers(history.Answers, history.EverCorrect, null, merged, unreadable);
    }

    private async Task<(StoredQuizAnswers? Saved, bool Unreadable)> LoadBrowserAsync()
    {
        try
        {
            var saved = await store.LoadAsync();
            if (saved is not null && !saved.IsWellFormed())
            {
                // Neither restored nor merged into an account; the next save replaces it.
                QuizLog.MalformedAnswersDropped(logger);
                return (null, store.HasUnreadableAnswers);
            }

            return (saved, store.HasUnreadableAnswers);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Unreadable storage (keys rotated, tampered value) must not break the chapter page.
            QuizLog.LoadFailed(logger, e);
            return (null, false);
        }
    }

    private LoadedQuizAnswers Restore(StoredQuizAnswers saved)
    {
        var answers = new Dictionary<string, QuizAnswerState>(StringComparer.Ordinal);
        var everCorrect = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, state) in saved.Answers)
        {
            // Questions removed from the course since the last visit are forgotten.
            if (course.FindQuestion(id) is not null)
            {
                answers[id] = state;
                if (state.FirstTryCorrect || state.LastCorrect)
                {
                    everCorrect.Add(id);
                }
            }
        }

        return new LoadedQuizAnswers(answers, everCorrect, saved.StudentId, false, false);
    }

    /// <summary>Merges the browser's anonymous answers into the account; true when it did.</summary>
    private async Task<bool> MergeAsync(string userId, StoredQuizAnswers? browser)
    {
        if (browser is not { Answers.Count: > 0 } || !browser.StudentId.StartsWith("anon:", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            await account.MergeAsync(userId, browser);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The browser keeps its answers; the next circuit merges them (idempotently).
            ProgressLog.MergeFailed(logger, userId, e);
            return false;
        }
    }

    private async Task<AccountAnswerHistory> LoadAccountAsync(string userId)
    {
        try
        {
            return await account.LoadAsync(userId);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ProgressLog.AnswersNotLoaded(logger, userId, e);
            return new AccountAnswerHistory(new Dictionary<string, QuizAnswerState>(), new HashSet<string>());
        }
    }
}
