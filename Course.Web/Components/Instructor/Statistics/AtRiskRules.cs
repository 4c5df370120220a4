namespace Course.Web.Components.Instructor.Statistics;

/// <summary>
/// When a student is flagged "en difficulté". Defaults suit a two-day workshop: a first-try score below 50 % after
/// at least 5 answers, or no activity for 30 minutes while the rest of the cohort is active.
/// </summary>
/// <param name="ScoreBelow">First-try score (0-1) under which a student is flagged, once they gave <paramref name="MinAnswers"/> answers.</param>
/// <param name="MinAnswers">Answers needed before the score rule applies (fewer answers say too little).</param>
/// <param name="IdleMinutes">Minutes without activity after which a student is flagged, while the cohort is active.</param>
public sealed record AtRiskRules(double ScoreBelow, int MinAnswers, int IdleMinutes)
{
    public const double MinScoreBelow = 0;
    public const double MaxScoreBelow = 1;
    public const int MaxMinAnswers = 500;
    public const int MinIdleMinutes = 1;
    public const int MaxIdleMinutes = 24 * 60;

    /// <summary>
    /// A student is "active" when they answered a question or opened a chapter within this window. The rest of the
    /// cohort is active when at least half of the other members (and at least one) are active.
    /// </summary>
    public static readonly TimeSpan ActiveWindow = TimeSpan.FromMinutes(10);

    public static AtRiskRules Default { get; } = new(0.5, 5, 30);

    /// <summary>The French reason the settings are refused, or null when they are acceptable.</summary>
    public string? Validate()
    {
        if (double.IsNaN(ScoreBelow) || ScoreBelow < MinScoreBelow || ScoreBelow > MaxScoreBelow)
        {
            return "Le seuil de score doit être compris entre 0 et 100 %.";
        }

        if (MinAnswers is < 1 or > MaxMinAnswers)
        {
            return $"Le nombre minimal de réponses doit être compris entre 1 et {MaxMinAnswers}.";
        }

        return IdleMinutes is < MinIdleMinutes or > MaxIdleMinutes
            ? $"La durée d’inactivité doit être comprise entre {MinIdleMinutes} et {MaxIdleMinutes} minutes."
            : null;
    }
}
