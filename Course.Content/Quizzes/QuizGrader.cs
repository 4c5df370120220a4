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

    /// <summary>Grades <paramref name="selectedOptionIds"/> (duplicates ignored) against <paramref name="question"/>.</summary>
    public static QuizGrading Grade(QuizQuestion question, IEnumerable<string> selectedOptionIds)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(selectedOptionIds);

        var selected = selectedOptionIds.Distinct(StringComparer.Ordinal).ToList();
        if (selected.Count == 0)
        {
            return QuizGrading.Refused(EmptySubmissionMessage);
        }

        if (selected.Any(id => id is null || !question.HasOption(id)))
        {
            var unknown = selected.First(id => id is null || !question.HasOption(id));
            return QuizGrading.Refused($"La réponse « {unknown} » ne fait pas partie des choix de cette question.");
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

    private static QuizOptionVerdict Verdict(QuizQuestion question, string optionId, bool selected)
    {
        var correct = question.CorrectOptionIds.Contains(optionId);
        var feedback = selected && !correct ? question.OptionFeedbackHtml.GetValueOrDefault(optionId) : null;
        return new QuizOptionVerdict(optionId, selected, correct, feedback);
    }
}
