namespace Course.Web.Components.Instructor.Exports;

/// <summary>One line of the raw answers export.</summary>
public sealed record RawAnswer(
    string Email, string Name, string ChapterSlug, string QuestionId, string QuestionVersion, int Attempt,
    string ChosenOptions, bool IsCorrect, DateTime AnsweredAt);
