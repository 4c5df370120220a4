using System.Security.Cryptography;
using System.Text;
using Course.Content.Quizzes;
using Course.Web.Components.Quizzes;

namespace Course.Web.Components.Progress;

/// <summary>
/// Turns what a browser kept of one question (attempts, first-try and latest correctness, latest selection) into the
/// rows it honestly supports: the first attempt and, when there were more, the latest one. Attempts in between were
/// not kept and are not invented. Options that cannot be known are stored as an empty list.
/// </summary>
internal static class AnonymousAnswerRows
{
    public static IReadOnlyList<AnswerToStore> Of(string anonymousId, QuizQuestion question, QuizAnswerState state)
    {
        if (state.Attempts <= 0)
        {
            return [];
        }

        var latest = LatestOptions(question, state);
        if (state.Attempts == 1)
        {
            return [new AnswerToStore(question, latest, state.FirstTryCorrect, SubmissionId(anonymousId, question.Id, "only"))];
        }

        return
        [
            new AnswerToStore(question, state.FirstTryCorrect ? Keys(question) : "", state.FirstTryCorrect, SubmissionId(anonymousId, question.Id, "first")),
            new AnswerToStore(question, latest, state.LastCorrect, SubmissionId(anonymousId, question.Id, "latest")),
        ];
    }

    private static string LatestOptions(QuizQuestion question, QuizAnswerState state)
    {
        // The selection is re-graded: a question reworded since may no longer have those options.
        if (state.Selected is { } selected && QuizGrader.Grade(question, selected).Result is { } result && result.IsCorrect == state.LastCorrect)
        {
            return string.Join(',', result.SelectedOptionIds);
        }

        // A correct answer can only have been the keys; a wrong one after "Réessayer" is unknown.
        return state.LastCorrect ? Keys(question) : "";
    }

    private static string Keys(QuizQuestion question) =>
        string.Join(',', question.Options.Where(o => question.CorrectOptionIds.Contains(o.Id)).Select(o => o.Id));

    private static string SubmissionId(string anonymousId, string questionId, string part) =>
        "merge:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{anonymousId}\n{questionId}\n{part}")), 0, 24);
}
