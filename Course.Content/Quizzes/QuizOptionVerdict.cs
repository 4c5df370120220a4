namespace Course.Content.Quizzes;

/// <summary>How one option of a graded question fared.</summary>
/// <param name="OptionId">The option's id ("a", "b"...).</param>
/// <param name="Selected">Whether the student chose it.</param>
/// <param name="Correct">Whether it is one of the correct options.</param>
/// <param name="FeedbackHtml">
/// Why this option is wrong, as inline HTML: set only when the student chose it and it is wrong, so a grade never
/// carries the feedback of options the student did not choose.
/// </param>
public sealed record QuizOptionVerdict(string OptionId, bool Selected, bool Correct, string? FeedbackHtml = null)
{
    /// <summary>True when the student treated this option rightly: chose a correct one or left a wrong one.</summary>
    public bool IsRightChoice => Selected == Correct;
}
