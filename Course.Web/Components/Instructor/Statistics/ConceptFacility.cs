namespace Course.Web.Components.Instructor.Statistics;

/// <summary>The class's first-try facility on one concept (the quiz <c>concept</c> field), over its questions' current versions.</summary>
/// <param name="Concept">The concept as the quizzes name it.</param>
/// <param name="ChapterSlug">The chapter of the section that teaches it.</param>
/// <param name="SectionId">The heading id of that section.</param>
/// <param name="QuestionIds">The questions that test it.</param>
/// <param name="FirstTries">First tries counted, over all those questions.</param>
/// <param name="CorrectFirstTries">Of which right.</param>
public sealed record ConceptFacility(
    string Concept,
    string ChapterSlug,
    string SectionId,
    IReadOnlyList<string> QuestionIds,
    int FirstTries,
    int CorrectFirstTries)
{
    public double? Facility => FirstTries == 0 ? null : (double)CorrectFirstTries / FirstTries;
}
