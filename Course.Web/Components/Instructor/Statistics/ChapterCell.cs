namespace Course.Web.Components.Instructor.Statistics;

/// <summary>One student's state in one chapter.</summary>
/// <param name="Read">The chapter is marked read (end reached or "J'ai terminé ce chapitre").</param>
/// <param name="Answered">Distinct questions of the chapter answered at least once.</param>
/// <param name="QuestionCount">Questions of the chapter in the shipped course.</param>
/// <param name="FirstTryCorrect">Questions of the chapter answered right at the first attempt.</param>
public sealed record ChapterCell(bool Read, int Answered, int QuestionCount, int FirstTryCorrect)
{
    /// <summary>First-try score among the answered questions (0-1), or null when none was answered.</summary>
    public double? Score => Answered == 0 ? null : (double)FirstTryCorrect / Answered;
}
