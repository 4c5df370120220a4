namespace Course.Web.Components.Instructor.Statistics;

/// <summary>Item analysis of one version of one question, over the respondents' first tries at that version.</summary>
/// <param name="QuestionId">The question's course-wide id.</param>
/// <param name="Version">The version hash the answers were given to.</param>
/// <param name="IsCurrent">True for the version the shipped course asks today.</param>
/// <param name="ChapterSlug">The chapter the question belongs to.</param>
/// <param name="Respondents">Students who answered this version.</param>
/// <param name="CorrectFirstTries">Respondents right at their first try of this version.</param>
/// <param name="Discrimination">Upper minus lower 27 % facility, or null under <see cref="ItemAnalysis.MinRespondentsForDiscrimination"/> respondents.</param>
/// <param name="Options">The distribution of chosen options, in option order.</param>
public sealed record ItemStatistics(
    string QuestionId,
    string Version,
    bool IsCurrent,
    string ChapterSlug,
    int Respondents,
    int CorrectFirstTries,
    double? Discrimination,
    IReadOnlyList<OptionShare> Options)
{
    /// <summary>Share of respondents right at their first try (0-1), or null with no respondent.</summary>
    public double? Facility => Respondents == 0 ? null : (double)CorrectFirstTries / Respondents;

    public OptionShare? MostChosenWrong => Options.FirstOrDefault(o => o.IsMostChosenWrong);
}
