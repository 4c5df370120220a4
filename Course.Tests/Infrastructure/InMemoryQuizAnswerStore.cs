using Course.Web.Components.Quizzes;

namespace Course.Tests.Infrastructure;

/// <summary>Stands in for the browser's local storage; share one instance between contexts to simulate a reload.</summary>
public sealed class InMemoryQuizAnswerStore : IQuizAnswerStore
{
    private StoredQuizAnswers? _saved;

    public InMemoryQuizAnswerStore()
    {
    }

    /// <summary>Another tab or a later visit of the same browser: starts with <paramref name="saved"/>.</summary>
    internal InMemoryQuizAnswerStore(StoredQuizAnswers saved) => _saved = saved with { Answers = new(saved.Answers) };

    public int SaveCount { get; private set; }

    internal StoredQuizAnswers? Saved => _saved;

    ValueTask<StoredQuizAnswers?> IQuizAnswerStore.LoadAsync() => ValueTask.FromResult(_saved);

    ValueTask IQuizAnswerStore.SaveAsync(StoredQuizAnswers answers)
    {
        // Copy, as a browser would serialise, so later in-memory changes do not leak into the "saved" value.
        _saved = answers with { Answers = new(answers.Answers) };
        SaveCount++;
        return ValueTask.CompletedTask;
    }
}
