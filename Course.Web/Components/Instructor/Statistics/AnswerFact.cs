namespace Course.Web.Components.Instructor.Statistics;

/// <summary>One stored graded answer, as the statistics read it (no EF type leaks into them).</summary>
public sealed record AnswerFact(
    string UserId,
    string QuestionId,
    string QuestionVersion,
    string ChapterSlug,
    string ChosenOptions,
    bool IsCorrect,
    int Attempt,
    DateTime AnsweredAt);
