using Course.Content.Quizzes;
using Course.Tests.Infrastructure;
using Course.Web.Components.Instructor.Statistics;
using Course.Web.Components.Progress;

namespace Course.Tests.Instructor;

/// <summary>The whole dashboard computed from a small hand-made cohort on the shipped course.</summary>
public sealed class CohortDashboardBuilderTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly CohortDashboardBuilder Builder = new(ShippedCourse.Content);
    private static readonly QuizQuestion Q1 = ShippedCourse.Content.AllQuestions[0];
    private static readonly QuizQuestion Q2 = ShippedCourse.Content.AllQuestions[1];

    [Fact]
    public void Student_rows_count_answers_first_tries_chapters_read_and_last_activity()
    {
        var dashboard = Builder.Build(1, AtRiskRules.Default, Facts(), Now);

        var alice = dashboard.Students.Single(s => s.Student.Email == "alice@example.org");
        Assert.Equal((2, 1), (alice.Answered, alice.FirstTryCorrect));
        Assert.Equal(0.5, alice.FirstTryScore);
        Assert.Equal(Now.AddMinutes(-1), alice.LastActivityAt);
        var chapter = alice.Chapters[Q1.ChapterSlug];
        Assert.True(chapter.Read);
        Assert.Equal(ShippedCourse.Content.FindChapter(Q1.ChapterSlug)!.Questions.Count(), chapter.QuestionCount);
        Assert.Equal([true, false], new[] { alice.FirstTries[Q1.Id], alice.FirstTries[Q2.Id] });

        var carol = dashboard.Students.Single(s => s.Student.Email == "carol@example.org");
        Assert.Equal((0, null, null), (carol.Answered, carol.FirstTryScore, carol.LastActivityAt));
        Assert.Equal(["Alice", "bob@example.org", "carol@example.org"], dashboard.Students.Select(s => s.Student.Name));
    }

    [Fact]
    public void A_member_idle_since_joining_is_flagged_while_the_others_work()
    {
        var dashboard = Builder.Build(1, AtRiskRules.Default, Facts(), Now);

        Assert.True(dashboard.CohortActive);
        var carol = dashboard.Students.Single(s => s.Student.Email == "carol@example.org");
        Assert.Equal(new AtRiskStatus(false, true), carol.Risk);
        Assert.Equal(1, dashboard.AtRiskCount);
    }

    [Fact]
    public void Current_versions_are_analysed_in_course_order_and_older_ones_apart()
    {
        var dashboard = Builder.Build(1, AtRiskRules.Default, Facts(), Now);

        Assert.Equal(ShippedCourse.Content.AllQuestions.Select(q => q.Id), dashboard.Items.Select(i => i.QuestionId));
        var q1 = dashboard.Items[0];
        Assert.Equal((2, 1, 0.5), (q1.Respondents, q1.CorrectFirstTries, q1.Facility!.Value));
        Assert.Equal(QuestionVersion.Of(Q1), q1.Version);

        var older = Assert.Single(dashboard.OlderVersions);
        Assert.Equal((Q1.Id, "0ld0ld0ld0ld0ld0", false, 1), (older.QuestionId, older.Version, older.IsCurrent, older.Respondents));
        Assert.Equal(["a"], older.Options.Select(o => o.OptionId));
        Assert.All(older.Options, o => Assert.Null(o.Html));
    }

    [Fact]
    public void Concepts_come_weakest_first_and_link_to_their_section()
    {
        var dashboard = Builder.Build(1, AtRiskRules.Default, Facts(), Now);

        var answered = dashboard.Concepts.Where(c => c.Facility is not null).ToList();
        Assert.Equal(answered.OrderBy(c => c.Facility).Select(c => c.Concept), answered.Select(c => c.Concept));
        var weakest = answered[0];
        Assert.Equal(0.0, weakest.Facility);
        Assert.Contains(Q2.Id, weakest.QuestionIds);
        Assert.Equal((Q2.ChapterSlug, Q2.ReviewSectionId), (weakest.ChapterSlug, weakest.SectionId));
        Assert.All(dashboard.Concepts.SkipWhile(c => c.Facility is not null), c => Assert.Null(c.Facility));
    }

    [Fact]
    public void An_empty_cohort_gives_an_empty_dashboard()
    {
        var dashboard = Builder.Build(1, AtRiskRules.Default, new CohortFacts([], [], []), Now);

        Assert.Empty(dashboard.Students);
        Assert.False(dashboard.CohortActive);
        Assert.All(dashboard.Items, i => Assert.Equal(0, i.Respondents));
        Assert.All(dashboard.Concepts, c => Assert.Null(c.Facility));
    }

    private static CohortFacts Facts()
    {
        StudentFact[] students =
        [
            new("alice", "alice@example.org", "Alice", Now.AddHours(-2)),
            new("bob", "bob@example.org", null, Now.AddHours(-2)),
            new("carol", "carol@example.org", " ", Now.AddHours(-1)),
        ];
        var wrongQ2 = Q2.Options.First(o => !Q2.CorrectOptionIds.Contains(o.Id)).Id;
        var wrongQ1 = Q1.Options.First(o => !Q1.CorrectOptionIds.Contains(o.Id)).Id;
        AnswerFact[] answers =
        [
            Answer("alice", Q1, string.Join(',', Q1.CorrectOptionIds), true, 1, Now.AddMinutes(-5)),
            Answer("alice", Q2, wrongQ2, false, 1, Now.AddMinutes(-1)),
            Answer("bob", Q1, wrongQ1, false, 1, Now.AddMinutes(-3)),
            Answer("bob", Q1, string.Join(',', Q1.CorrectOptionIds), true, 2, Now.AddMinutes(-2)),
            Answer("bob", Q2, wrongQ2, false, 1, Now.AddMinutes(-2)),
            // An answer to a wording the course no longer asks.
            new("bob", Q1.Id, "0ld0ld0ld0ld0ld0", Q1.ChapterSlug, "a", true, 3, Now.AddDays(-30)),
        ];
        ChapterFact[] chapters = [new("alice", Q1.ChapterSlug, Now.AddMinutes(-20), Now.AddMinutes(-10))];
        return new CohortFacts(students, answers, chapters);
    }

    private static AnswerFact Answer(string user, QuizQuestion question, string chosen, bool correct, int attempt, DateTime at) =>
        new(user, question.Id, QuestionVersion.Of(question), question.ChapterSlug, chosen, correct, attempt, at);
}
