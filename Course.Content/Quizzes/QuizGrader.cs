namespace Course.Content.Quizzes;

/// <summary>
/// Grades a student's choice of options against a question. Pure: no state, no I/O, the same answer for the
/// same input. Submissions that are not a possible answer are refused, never graded.
/// </summary>
public static class QuizGrader
{
    /// <summary>Refusal when nothing is selected.</summary>
    public const string EmptySubmissionMessage = "Choisissez au moins une réponse avant de vérifier.";

    /// <summary>Refusal when several options are sent for a question that takes one.</summary>
    public const string SeveralOptionsMessage = "Cette question n'attend qu'une seule réponse : choisissez-en une seule.";

    /// <summary>Refusal when the same option is sent twice or more options are sent than the question has.</summary>
    public const string MalformedSubmissionMessage = "Cette réponse n'a pas pu être vérifiée : rechargez la page puis choisissez de nouveau.";

    /// <summary>Refusal when an option id is too long or unprintable to be quoted back.</summary>
    public const string UnknownOptionMessage = "Une des réponses envoyées ne fait pas partie des choix de cette question.";

    // Option ids are "a" to "j": anything longer is not quoted back into the page.
    private const int MaxQuotedIdLength = 16;

    /// <summary>
    /// Grades <paramref name="selectedOptionIds"/> against <paramref name="question"/>. Only what the quiz card can send
    /// is graded: a duplicated option, more options than the question has, or an unknown one is refused.
    /// </summary>
    public static QuizGrading Grade(QuizQuestion question, IEnumerable<string> selectedOptionIds)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(selectedOptionIds);

        // Bounded before anything else: a forged submission of a million ids costs no more than a real one.
        var selected = selectedOptionIds.Take(question.Options.Count + 1).ToList();
        if (selected.Count == 0)
        {
            return QuizGrading.Refused(EmptySubmissionMessage);
        }

        var unknown = selected.FindIndex(id => id is null || !question.HasOption(id));
        if (unknown >= 0)
        {
            return QuizGrading.Refused(Quoted(selected[unknown]));
        }

        // The card keeps a set of ticked options: a repeated or surplus option can only come from a forged message.
        if (selected.Count > question.Options.Count || selected.Distinct(StringComparer.Ordinal).Count() != selected.Count)
        {
            return QuizGrading.Refused(MalformedSubmissionMessage);
        }

        if (question.Kind is not QuizKind.MultipleChoice && selected.Count > 1)
        {
            return QuizGrading.Refused(SeveralOptionsMessage);
        }

        var verdicts = question.Options.Select(o => Verdict(question, o.Id, selected.Contains(o.Id))).ToList();
        var chosen = verdicts.Where(v => v.Selected).Select(v => v.OptionId).ToList();
        var isCorrect = verdicts.All(v => v.IsRightChoice);
        return QuizGrading.Graded(new QuizResult(question.Id, chosen, isCorrect, verdicts));
    }

    // A short printable id is quoted, so the author of a stale page sees which choice is gone; a forged one is not echoed.
    private static string Quoted(string? unknown) =>
        unknown is { Length: > 0 and <= MaxQuotedIdLength } && unknown.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? $"La réponse « {unknown} » ne fait pas partie des choix de cette question."
            : UnknownOptionMessage;

    private static QuizOptionVerdict Verdict(QuizQuestion question, string optionId, bool selected)
    {
        var correct = question.CorrectOptionIds.Contains(optionId);
        var feedback = selected && !correct ? question.OptionFeedbackHtml.GetValueOrDefault(optionId) : null;
        return new QuizOptionVerdict(optionId, selected, correct, feedback);
    }
}
