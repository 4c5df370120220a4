namespace Course.Web.Components.Instructor.Statistics;

/// <summary>
/// Classical item analysis, as Moodle's quiz statistics compute it, on first tries: facility (share right at the first
/// try) and the discrimination index D = facility of the upper 27 % minus facility of the lower 27 % of respondents,
/// ranked by their total first-try score over the whole course.
/// </summary>
public static class ItemAnalysis
{
    /// <summary>Below this many respondents the 27 % groups hold 5 students or fewer: D would mean nothing.</summary>
    public const int MinRespondentsForDiscrimination = 20;

    /// <summary>Kelley's 27 %: the group size that best separates strong from weak respondents.</summary>
    public const double GroupFraction = 0.27;

    /// <summary>
    /// Analyses the answers given to one version of one question.
    /// </summary>
    /// <param name="questionId">The question.</param>
    /// <param name="version">The version the answers belong to.</param>
    /// <param name="isCurrent">Whether it is the version the course asks today.</param>
    /// <param name="chapterSlug">The question's chapter.</param>
    /// <param name="options">The option ids in order, each with its text when known.</param>
    /// <param name="correctOptionIds">The keys.</param>
    /// <param name="answers">Answers to this version only (any attempt; each respondent's earliest one counts).</param>
    /// <param name="totalFirstTryScores">Per student, the number of questions right at the first attempt.</param>
    public static ItemStatistics Analyze(
        string questionId,
        string version,
        bool isCurrent,
        string chapterSlug,
        IReadOnlyList<(string Id, string? Html)> options,
        IReadOnlyCollection<string> correctOptionIds,
        IEnumerable<AnswerFact> answers,
        IReadOnlyDictionary<string, int> totalFirstTryScores)
    {
        var firstTries = answers
            .GroupBy(a => a.UserId, StringComparer.Ordinal)
            .Select(g => g.MinBy(a => a.Attempt)!)
            .ToList();
        var respondents = firstTries.Count;
        var correct = firstTries.Count(a => a.IsCorrect);

        return new ItemStatistics(
            questionId, version, isCurrent, chapterSlug, respondents, correct,
            Discrimination(firstTries, totalFirstTryScores),
            Distribution(options, correctOptionIds, firstTries));
    }

    /// <summary>D in [-1, 1], or null under <see cref="MinRespondentsForDiscrimination"/> respondents.</summary>
    public static double? Discrimination(IReadOnlyList<AnswerFact> firstTries, IReadOnlyDictionary<string, int> totalFirstTryScores)
    {
        if (firstTries.Count < MinRespondentsForDiscrimination)
        {
            return null;
        }

        // Ties in the total score are broken by user id so the same data always gives the same figure.
        var ranked = firstTries
            .OrderByDescending(a => totalFirstTryScores.GetValueOrDefault(a.UserId))
            .ThenBy(a => a.UserId, StringComparer.Ordinal)
            .ToList();
        var groupSize = GroupSize(ranked.Count);
        double upper = ranked.Take(groupSize).Count(a => a.IsCorrect);
        double lower = ranked.TakeLast(groupSize).Count(a => a.IsCorrect);
        return (upper - lower) / groupSize;
    }

    /// <summary>27 % of the respondents, rounded to the nearest whole student, at least one.</summary>
    public static int GroupSize(int respondents) =>
        Math.Max(1, (int)Math.Round(respondents * GroupFraction, MidpointRounding.AwayFromZero));

    private static List<OptionShare> Distribution(
        IReadOnlyList<(string Id, string? Html)> options, IReadOnlyCollection<string> correctOptionIds, List<AnswerFact> firstTries)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var answer in firstTries)
        {
            foreach (var chosen in answer.ChosenOptions.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                counts[chosen] = counts.GetValueOrDefault(chosen) + 1;
            }
        }

        string? mostChosenWrong = null;
        var best = 0;
        foreach (var (id, _) in options)
        {
            var count = counts.GetValueOrDefault(id);
            if (!correctOptionIds.Contains(id) && count > best)
            {
                (mostChosenWrong, best) = (id, count);
            }
        }

        return
        [
            .. options.Select(o =>
            {
                var count = counts.GetValueOrDefault(o.Id);
                var share = firstTries.Count == 0 ? 0 : (double)count / firstTries.Count;
                return new OptionShare(o.Id, o.Html, count, share, correctOptionIds.Contains(o.Id), o.Id == mostChosenWrong);
            }),
        ];
    }
}
