using Course.Web.Components.Instructor.Statistics;

namespace Course.Tests.Instructor;

/// <summary>Facility, discrimination and option distributions on hand-made answers with known values.</summary>
public sealed class ItemAnalysisTests
{
    private static readonly (string, string?)[] Options = [("a", "A"), ("b", "B"), ("c", "C"), ("d", "D")];
    private static readonly string[] Key = ["b"];

    [Fact]
    public void Facility_counts_each_respondents_first_try_only()
    {
        AnswerFact[] answers =
        [
            Answer("u1", "b", 1),
            Answer("u2", "a", 1), Answer("u2", "b", 2),
            Answer("u3", "b", 1),
            Answer("u4", "c", 1), Answer("u4", "c", 2), Answer("u4", "b", 3),
        ];

        var item = Analyze(answers, []);

        Assert.Equal(4, item.Respondents);
        Assert.Equal(2, item.CorrectFirstTries);
        Assert.Equal(0.5, item.Facility);
    }

    [Fact]
    public void The_first_try_of_a_version_is_the_earliest_attempt_at_it_even_when_it_is_not_attempt_one()
    {
        // After a rewording, a student's first answer to the new version is their attempt 3 overall.
        var item = Analyze([Answer("u1", "b", 3), Answer("u1", "a", 4)], []);

        Assert.Equal((1, 1.0), (item.Respondents, item.Facility!.Value));
    }

    [Fact]
    public void Nobody_answered_gives_no_facility_and_an_empty_distribution()
    {
        var item = Analyze([], []);

        Assert.Equal(0, item.Respondents);
        Assert.Null(item.Facility);
        Assert.Null(item.Discrimination);
        Assert.All(item.Options, o => Assert.Equal((0, 0.0, false), (o.Count, o.Share, o.IsMostChosenWrong)));
    }

    [Fact]
    public void Discrimination_is_upper_minus_lower_27_percent_with_twenty_respondents()
    {
        // u00 has the best total (19), u19 the worst (0). Groups of round(20 × 0.27) = 5.
        var totals = Enumerable.Range(0, 20).ToDictionary(i => $"u{i:00}", i => 19 - i);
        var correct = new HashSet<int> { 0, 1, 2, 3, 4, 10, 18 };
        var answers = Enumerable.Range(0, 20).Select(i => Answer($"u{i:00}", correct.Contains(i) ? "b" : "a", 1)).ToArray();

        var item = Analyze(answers, totals);

        Assert.Equal(20, item.Respondents);
        Assert.Equal(5, ItemAnalysis.GroupSize(20));
        // Upper five all right (5/5), lower five (u15-u19) one right (1/5): D = 1 - 0.2.
        Assert.Equal(0.8, item.Discrimination!.Value, 10);
    }

    [Fact]
    public void Discrimination_is_negative_when_the_weak_students_succeed_and_the_strong_fail()
    {
        var totals = Enumerable.Range(0, 30).ToDictionary(i => $"u{i:00}", i => 30 - i);
        var answers = Enumerable.Range(0, 30).Select(i => Answer($"u{i:00}", i >= 15 ? "b" : "a", 1)).ToArray();

        var item = Analyze(answers, totals);

        Assert.Equal(8, ItemAnalysis.GroupSize(30));
        Assert.Equal(-1.0, item.Discrimination!.Value, 10);
    }

    [Fact]
    public void Under_twenty_respondents_there_is_no_discrimination_index()
    {
        var totals = Enumerable.Range(0, 19).ToDictionary(i => $"u{i:00}", i => i);
        var answers = Enumerable.Range(0, 19).Select(i => Answer($"u{i:00}", i < 10 ? "b" : "a", 1)).ToArray();

        var item = Analyze(answers, totals);

        Assert.Equal(19, item.Respondents);
        Assert.Null(item.Discrimination);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(20, 5)]
    [InlineData(37, 10)]
    [InlineData(100, 27)]
    [InlineData(500, 135)]
    public void Groups_hold_27_percent_rounded(int respondents, int expected) =>
        Assert.Equal(expected, ItemAnalysis.GroupSize(respondents));

    [Fact]
    public void The_distribution_counts_first_tries_and_flags_the_most_chosen_wrong_option()
    {
        AnswerFact[] answers =
        [
            Answer("u1", "b", 1), Answer("u2", "b", 1),
            Answer("u3", "c", 1), Answer("u4", "c", 1), Answer("u5", "c", 1), Answer("u6", "c", 1),
            Answer("u7", "d", 1), Answer("u8", "a", 1),
            Answer("u8", "c", 2), // a retry: not in the first-try distribution
        ];

        var item = Analyze(answers, []);

        Assert.Equal([1, 2, 4, 1], item.Options.Select(o => o.Count));
        Assert.Equal([0.125, 0.25, 0.5, 0.125], item.Options.Select(o => o.Share));
        Assert.Equal("c", item.MostChosenWrong!.OptionId);
        Assert.Single(item.Options, o => o.IsMostChosenWrong);
        Assert.True(item.Options.Single(o => o.OptionId == "b").IsCorrect);
    }

    [Fact]
    public void A_tie_between_wrong_options_flags_the_first_in_option_order_and_a_correct_option_is_never_flagged()
    {
        AnswerFact[] answers =
        [
            Answer("u1", "b", 1), Answer("u2", "b", 1), Answer("u3", "b", 1),
            Answer("u4", "d", 1), Answer("u5", "d", 1), Answer("u6", "a", 1), Answer("u7", "a", 1),
        ];

        var item = Analyze(answers, []);

        Assert.Equal("a", item.MostChosenWrong!.OptionId);
    }

    [Fact]
    public void Multiple_choice_answers_count_for_each_chosen_option()
    {
        var item = ItemAnalysis.Analyze(
            "q", "v", true, "ch", Options, ["a", "c"],
            [Answer("u1", "a,c", 1, correct: true), Answer("u2", "a,d", 1), Answer("u3", "c", 1)], new Dictionary<string, int>());

        Assert.Equal([2, 0, 2, 1], item.Options.Select(o => o.Count));
        Assert.Equal("d", item.MostChosenWrong!.OptionId);
        Assert.Equal(1.0 / 3, item.Facility!.Value, 10);
    }

    private static ItemStatistics Analyze(IEnumerable<AnswerFact> answers, Dictionary<string, int> totals) =>
        ItemAnalysis.Analyze("q", "v", true, "ch", Options, Key, answers, totals);

    private static AnswerFact Answer(string user, string chosen, int attempt, bool? correct = null) =>
        new(user, "q", "v", "ch", chosen, correct ?? chosen == "b", attempt, new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc).AddMinutes(attempt));
}
