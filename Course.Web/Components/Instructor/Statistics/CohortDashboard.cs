namespace Course.Web.Components.Instructor.Statistics;

/// <summary>Everything an instructor's dashboard shows for one cohort, computed once and shared by every viewer.</summary>
/// <param name="CohortId">The cohort.</param>
/// <param name="ComputedAt">When it was computed (UTC): the "now" of the idle rule.</param>
/// <param name="Rules">The at-risk thresholds applied.</param>
/// <param name="Students">One row per member, by name.</param>
/// <param name="Items">Item analysis of each question's current version, in course order.</param>
/// <param name="OlderVersions">Item analysis of versions the course no longer asks (or of removed questions).</param>
/// <param name="Concepts">Facility per concept, weakest first; concepts nobody answered last.</param>
/// <param name="CohortActive">Whether at least half of the members are active (see <see cref="AtRiskRules.ActiveWindow"/>).</param>
public sealed record CohortDashboard(
    int CohortId,
    DateTime ComputedAt,
    AtRiskRules Rules,
    IReadOnlyList<StudentProgress> Students,
    IReadOnlyList<ItemStatistics> Items,
    IReadOnlyList<ItemStatistics> OlderVersions,
    IReadOnlyList<ConceptFacility> Concepts,
    bool CohortActive)
{
    /// <summary>Increases with each computation of the feed, so a late push never replaces a newer one.</summary>
    public long Sequence { get; init; }

    public int AtRiskCount => Students.Count(s => s.Risk.IsAtRisk);
}
