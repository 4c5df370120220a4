using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;

namespace Course.Web.Components.Quizzes;

/// <summary>
/// Keeps anonymous answers in the browser's local storage, encrypted by ASP.NET Core data protection so the
/// browser cannot forge a score. JavaScript interop only works once the circuit is interactive.
/// </summary>
internal sealed class ProtectedQuizAnswerStore(ProtectedLocalStorage storage) : IQuizAnswerStore
{
    private const string Key = "course.quizzes.v1";

    public async ValueTask<StoredQuizAnswers?> LoadAsync()
    {
        var result = await storage.GetAsync<StoredQuizAnswers>(Key);
        return result.Success ? result.Value : null;
    }

    public ValueTask SaveAsync(StoredQuizAnswers answers) => storage.SetAsync(Key, answers);
}
