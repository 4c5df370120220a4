namespace Course.Web.Components.Instructor.Statistics;

/// <summary>One row of the cohort table.</summary>
/// <param name="Student">Who.</param>
/// <param name="Answered">Distinct questions answered at least once (any version).</param>
/// <param name="FirstTryCorrect">Questions whose first attempt was right.</param>
/// <param name="LastActivityAt">The latest answer or chapter visit (UTC), or null when nothing was done yet.</param>
/// <param name="Chapters">The state per chapter slug.</param>
/// <param name="FirstTries">Per question id, whether the first attempt was right (answered questions only).</param>
/// <param name="Risk">Whether and why the student is flagged.</param>
public sealed record StudentProgress(
    StudentFact Student,
    int Answered,
    int FirstTryCorrect,
    DateTime? LastActivityAt,
    IReadOnlyDictionary<string, ChapterCell> Chapters,
    IReadOnlyDictionary<string, bool> FirstTries,
    AtRiskStatus Risk)
{
    /// <summary>First-try score (0-1) among the answered questions, or null when none was answered.</summary>
    public double? FirstTryScore => Answered == 0 ? null : (double)FirstTryCorrect / Answered;

    public int ChaptersRead => Chapters.Values.Count(c => c.Read);
}
