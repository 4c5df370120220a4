namespace Course.Web.Components.Instructor.Statistics;

/// <summary>Why a student is flagged, if they are.</summary>
/// <param name="LowScore">Their first-try score is under the cohort's threshold after enough answers.</param>
/// <param name="Idle">They have been inactive for too long while the rest of the cohort is active.</param>
public sealed record AtRiskStatus(bool LowScore, bool Idle)
{
    public static AtRiskStatus None { get; } = new(false, false);

    public bool IsAtRisk => LowScore || Idle;

    /// <summary>The reasons in French, for the table and the export ("" when not at risk).</summary>
    public string Reasons => (LowScore, Idle) switch
    {
        (true, true) => "Score faible ; inactif",
        (true, false) => "Score faible",
        (false, true) => "Inactif",
        _ => "",
    };
}
