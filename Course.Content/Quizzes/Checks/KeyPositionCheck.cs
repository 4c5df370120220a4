using Course.Content.Loading;
using Course.Content.Model;

namespace Course.Content.Quizzes.Checks;

/// <summary>
/// Per chapter, no option position ("a", "b"...) may hold the key of more than 40% of the single-choice questions, so
/// "always answer d" does not pay. With one or two single-choice questions (where 40% is less than one question)
/// their keys must simply sit at different positions.
/// </summary>
internal static class KeyPositionCheck
{
    /// <summary>The largest share of a chapter's single-choice questions one position may key.</summary>
    public const double MaxShare = 0.40;

    public static void Check(Chapter chapter, List<ContentError> errors)
    {
        var single = chapter.Questions.Where(q => q.Kind is QuizKind.SingleChoice).ToList();
        var allowed = Math.Max(1, (int)Math.Floor(MaxShare * single.Count));
        foreach (var group in single.GroupBy(q => q.CorrectOptionIds[0]).Where(g => g.Count() > allowed))
        {
            var questions = group.ToList();
            var offender = questions[allowed];
            errors.Add(new(offender.SourceFile, offender.SourceLine,
                $"option '{group.Key}' is the key of {questions.Count} of the chapter's {single.Count} single-choice questions " +
                $"(at most {allowed}, {MaxShare:P0}): move the correct option of '{offender.Id}' " +
                $"(also keyed '{group.Key}': {string.Join(", ", questions.Where(q => q != offender).Select(q => q.Id))})"));
        }
    }
}
