namespace Course.Web.Components.Instructor.Statistics;

/// <summary>Everything the dashboard is computed from: the members, their answers and their chapter progress.</summary>
public sealed record CohortFacts(
    IReadOnlyList<StudentFact> Students,
    IReadOnlyList<AnswerFact> Answers,
    IReadOnlyList<ChapterFact> Chapters);
