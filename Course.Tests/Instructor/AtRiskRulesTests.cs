using Course.Web.Components.Instructor.Statistics;

namespace Course.Tests.Instructor;

/// <summary>The at-risk rules with the defaults of a two-day workshop (below 50 % after 5 answers; idle 30 min).</summary>
public sealed class AtRiskRulesTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly AtRiskRules Rules = AtRiskRules.Default;

    [Theory]
    [InlineData(5, 0.4, true)]
    [InlineData(10, 0.49, true)]
    [InlineData(5, 0.5, false)]
    [InlineData(4, 0.0, false)]
    [InlineData(0, null, false)]
    public void A_low_first_try_score_counts_only_after_enough_answers(int answered, double? score, bool expected) =>
        Assert.Equal(expected, AtRiskEvaluate(answered, score, Now, othersActive: 0, others: 0).LowScore);

    [Theory]
    [InlineData(31, 2, 3, true)]
    [InlineData(30, 1, 2, true)]
    [InlineData(29, 3, 3, false)]
    [InlineData(45, 1, 3, false)]
    [InlineData(45, 0, 0, false)]
    public void Idle_counts_only_while_at_least_half_of_the_others_are_active(int idleMinutes, int othersActive, int others, bool expected) =>
        Assert.Equal(expected, AtRiskEvaluate(7, 0.9, Now.AddMinutes(-idleMinutes), othersActive, others).Idle);

    [Fact]
    public void Both_reasons_are_named_in_french()
    {
        var status = AtRiskEvaluate(6, 0.1, Now.AddHours(-2), othersActive: 4, others: 5);

        Assert.True(status.IsAtRisk);
        Assert.Equal("Score faible ; inactif", status.Reasons);
    }

    [Fact]
    public void Thresholds_changed_per_cohort_apply()
    {
        var strict = new AtRiskRules(0.8, 2, 5);

        var status = CohortDashboardBuilder.Evaluate(strict, 2, 0.75, Now.AddMinutes(-6), 1, 1, Now);

        Assert.Equal((true, true), (status.LowScore, status.Idle));
    }

    [Theory]
    [InlineData(-0.1, 5, 30)]
    [InlineData(1.1, 5, 30)]
    [InlineData(0.5, 0, 30)]
    [InlineData(0.5, 5, 0)]
    [InlineData(0.5, 5, 100_000)]
    public void Out_of_range_thresholds_are_refused_in_french(double score, int answers, int idle) =>
        Assert.Matches("doit être comprise? entre", new AtRiskRules(score, answers, idle).Validate());

    [Fact]
    public void The_defaults_are_valid() => Assert.Null(AtRiskRules.Default.Validate());

    private static AtRiskStatus AtRiskEvaluate(int answered, double? score, DateTime idleSince, int othersActive, int others) =>
        CohortDashboardBuilder.Evaluate(Rules, answered, score, idleSince, othersActive, others, Now);
}
