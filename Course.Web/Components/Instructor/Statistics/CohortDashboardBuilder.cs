using Course.Content.Model;
using Course.Content.Quizzes;
using Course.Web.Components.Progress;

namespace Course.Web.Components.Instructor.Statistics;

/// <summary>
/// Computes a cohort's dashboard from its facts and the shipped course: pure and deterministic for a given "now", so
/// it is unit-tested on hand-made cohorts and run once per change by the live feed, whatever the number of viewers.
/// </summary>
public sealed class CohortDashboardBuilder(CourseContent course)
{
    private readonly Dictionary<string, string> _currentVersions =
        course.AllQuestions.ToDictionary(q => q.Id, QuestionVersion.Of, StringComparer.Ordinal);

    /// <summary>The version hash the shipped course asks today for <paramref name="questionId"/>, or null when it has no such question.</summary>
    public string? CurrentVersion(string questionId) => _currentVersions.GetValueOrDefault(questionId);

    public CohortDashboard Build(int cohortId, AtRiskRules rules, CohortFacts facts, DateTime now)
    {
        var answersByUser = facts.Answers.ToLookup(a => a.UserId, StringComparer.Ordinal);
        var chaptersByUser = facts.Chapters.ToLookup(c => c.UserId, StringComparer.Ordinal);
        var totals = facts.Answers.Where(a => a.Attempt == 1 && a.IsCorrect)
            .GroupBy(a => a.UserId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.QuestionId).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);

        var lastSeen = facts.Students.ToDictionary(
            s => s.UserId,
            s => LastActivity(answersByUser[s.UserId], chaptersByUser[s.UserId]),
            StringComparer.Ordinal);
        var students = facts.Students
            .Select(s => Student(s, answersByUser[s.UserId], chaptersByUser[s.UserId], lastSeen, rules, now))
            .OrderBy(s => s.Student.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();

        var (items, older) = Items(facts.Answers, totals);
        var active = facts.Students.Count(s => IsActive(lastSeen[s.UserId], now));
        return new CohortDashboard(
            cohortId, now, rules, students, items, older, Concepts(items), active > 0 && active * 2 >= facts.Students.Count);
    }

    /// <summary>Active: answered or opened a chapter within <see cref="AtRiskRules.ActiveWindow"/>.</summary>
    public static bool IsActive(DateTime? lastActivity, DateTime now) =>
        lastActivity is { } at && now - at <= AtRiskRules.ActiveWindow;

    /// <summary>
    /// Applies the rules: low score once <see cref="AtRiskRules.MinAnswers"/> questions are answered; idle when
    /// nothing was done for <see cref="AtRiskRules.IdleMinutes"/> (counting from joining when nothing was ever done)
    /// while at least half of the other members, and at least one, are active.
    /// </summary>
    public static AtRiskStatus Evaluate(
        AtRiskRules rules, int answered, double? firstTryScore, DateTime idleSince, int othersActive, int others, DateTime now)
    {
        var lowScore = answered >= rules.MinAnswers && firstTryScore < rules.ScoreBelow;
        var restActive = othersActive > 0 && othersActive * 2 >= others;
        var idle = restActive && now - idleSince >= TimeSpan.FromMinutes(rules.IdleMinutes);
        return new AtRiskStatus(lowScore, idle);
    }

    private StudentProgress Student(
        StudentFact student,
        IEnumerable<AnswerFact> answers,
        IEnumerable<ChapterFact> chapters,
        Dictionary<string, DateTime?> lastSeen,
        AtRiskRules rules,
        DateTime now)
    {
        var firstTries = answers
            .GroupBy(a => a.QuestionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.MinBy(a => a.Attempt)!, StringComparer.Ordinal);
        var readChapters = chapters.Where(c => c.ReadAt is not null).Select(c => c.ChapterSlug).ToHashSet(StringComparer.Ordinal);
        var cells = new Dictionary<string, ChapterCell>(StringComparer.Ordinal);
        foreach (var chapter in course.Chapters)
        {
            var inChapter = firstTries.Values.Where(a => a.ChapterSlug == chapter.Slug).ToList();
            cells[chapter.Slug] = new ChapterCell(
                readChapters.Contains(chapter.Slug), inChapter.Count, chapter.Questions.Count(), inChapter.Count(a => a.IsCorrect));
        }

        var correct = firstTries.Values.Count(a => a.IsCorrect);
        var last = lastSeen[student.UserId];
        var othersActive = lastSeen.Count(pair => pair.Key != student.UserId && IsActive(pair.Value, now));
        var score = firstTries.Count == 0 ? (double?)null : (double)correct / firstTries.Count;
        var risk = Evaluate(rules, firstTries.Count, score, last ?? student.JoinedAt, othersActive, lastSeen.Count - 1, now);
        return new StudentProgress(
            student, firstTries.Count, correct, last, cells,
            firstTries.ToDictionary(p => p.Key, p => p.Value.IsCorrect, StringComparer.Ordinal), risk);
    }

    private static DateTime? LastActivity(IEnumerable<AnswerFact> answers, IEnumerable<ChapterFact> chapters)
    {
        DateTime? last = null;
        foreach (var at in answers.Select(a => a.AnsweredAt).Concat(chapters.Select(c => c.ReadAt ?? c.LastVisitedAt)))
        {
            if (last is null || at > last)
            {
                last = at;
            }
        }

        return last;
    }

    private (List<ItemStatistics> Current, List<ItemStatistics> Older) Items(
        IReadOnlyList<AnswerFact> answers, Dictionary<string, int> totals)
    {
        var byVersion = answers.ToLookup(a => (a.QuestionId, a.QuestionVersion));
        var current = new List<ItemStatistics>();
        foreach (var question in course.AllQuestions)
        {
            var version = _currentVersions[question.Id];
            current.Add(ItemAnalysis.Analyze(
                question.Id, version, true, question.ChapterSlug,
                [.. question.Options.Select(o => (o.Id, (string?)o.Html))], question.CorrectOptionIds.ToHashSet(),
                byVersion[(question.Id, version)], totals));
        }

        // Answers to a wording the course no longer asks stay readable: analysed apart, options by letter only, keys
        // recovered from the answers graded right.
        var older = new List<ItemStatistics>();
        foreach (var group in byVersion.Where(g => CurrentVersion(g.Key.QuestionId) != g.Key.QuestionVersion)
                     .OrderBy(g => g.Key.QuestionId, StringComparer.Ordinal).ThenBy(g => g.Min(a => a.AnsweredAt)))
        {
            var chosen = group.SelectMany(a => a.ChosenOptions.Split(',', StringSplitOptions.RemoveEmptyEntries)).Distinct().Order(StringComparer.Ordinal);
            var keys = group.FirstOrDefault(a => a.IsCorrect)?.ChosenOptions.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
            older.Add(ItemAnalysis.Analyze(
                group.Key.QuestionId, group.Key.QuestionVersion, false, group.First().ChapterSlug,
                [.. chosen.Select(id => (id, (string?)null))], keys, group, totals));
        }

        return (current, older);
    }

    private List<ConceptFacility> Concepts(List<ItemStatistics> items)
    {
        var byId = items.ToDictionary(i => i.QuestionId, StringComparer.Ordinal);
        return
        [
            .. course.AllQuestions
                .Where(q => !string.IsNullOrWhiteSpace(q.Concept))
                .GroupBy(q => q.Concept, StringComparer.CurrentCultureIgnoreCase)
                .Select(g => Concept(g.First(), [.. g], byId))
                .OrderBy(c => c.Facility is null)
                .ThenBy(c => c.Facility)
                .ThenBy(c => c.Concept, StringComparer.CurrentCultureIgnoreCase),
        ];
    }

    private static ConceptFacility Concept(QuizQuestion first, List<QuizQuestion> questions, Dictionary<string, ItemStatistics> items) =>
        new(
            first.Concept, first.ChapterSlug, first.ReviewSectionId, [.. questions.Select(q => q.Id)],
            questions.Sum(q => items[q.Id].Respondents), questions.Sum(q => items[q.Id].CorrectFirstTries));
}
