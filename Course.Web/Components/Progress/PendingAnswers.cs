using Course.Content.Quizzes;

namespace Course.Web.Components.Progress;

/// <summary>Answers of one student to one question waiting for the next commit, and the caller waiting for it.</summary>
internal sealed class PendingAnswers(string userId, QuizQuestion question, IReadOnlyList<AnswerToStore> answers, string? anonymousId)
{
    public string UserId { get; } = userId;

    public QuizQuestion Question { get; } = question;

    public IReadOnlyList<AnswerToStore> Answers { get; } = answers;

    public string? AnonymousId { get; } = anonymousId;

    public TaskCompletionSource<IReadOnlyList<RecordedAnswer>> Committed { get; } =
        new(TaskCreationOptions.RunContinuationsAsynchronously);
}
