using Course.Content.Model;
using Course.Content.Quizzes;
using Course.Tests.Infrastructure;

namespace Course.Tests.Quizzes;

public sealed class ShippedQuizzesTests
{
    private static CourseContent Course => ShippedCourse.Content;

    public static TheoryData<string> Slugs => new(Course.Chapters.Select(c => c.Slug));

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Every_chapter_has_seven_to_ten_questions(string slug)
    {
        var count = Course.FindChapter(slug)!.Questions.Count();

        Assert.True(count is >= 7 and <= 10, $"chapter '{slug}' has {count} questions; 7 to 10 are expected");
    }

    [Fact]
    public void Every_distractor_says_why_it_is_wrong_and_no_key_carries_feedback()
    {
        Assert.All(Course.AllQuestions, q =>
        {
            var distractors = q.Options.Where(o => !q.CorrectOptionIds.Contains(o.Id)).Select(o => o.Id).ToList();
            Assert.Equal(distractors, q.OptionFeedbackHtml.Keys.Order(StringComparer.Ordinal));
            Assert.All(q.OptionFeedbackHtml.Values, f => Assert.True(f.Length >= 30, $"{q.Id}: feedback too short to say why: {f}"));
        });
    }

    [Theory]
    [InlineData("intro-kubeconfig")]
    [InlineData("intro-join-check")]
    [InlineData("intro-join-ca-hash")]
    [InlineData("intro-node-notready")]
    [InlineData("intro-pod-network-role")]
    [InlineData("concepts-operators")]
    [InlineData("concepts-overcommit-eviction")]
    [InlineData("archi-control-plane-isolation")]
    [InlineData("master-new-pod-path")]
    [InlineData("nodes-kubelet-status")]
    [InlineData("nodes-kubelet-probes")]
    [InlineData("nodes-runtime-cri")]
    [InlineData("lab-plateau-service")]
    public void Concepts_the_review_found_untested_are_asked(string questionId)
    {
        var question = Course.FindQuestion(questionId);

        Assert.NotNull(question);
        Assert.NotEmpty(question.OptionFeedbackHtml);
    }

    /// <summary>
    /// Questions of the first shipped quizzes whose ids were kept: students' saved answers are option letters graded
    /// again on reload, so a kept id must keep its keyed letters and options (a moved key needs a new id).
    /// </summary>
    [Theory]
    [InlineData("intro-kubeadm-init", "d", 4)]
    [InlineData("intro-kubeadm-join", "b", 2)]
    [InlineData("intro-worker-redis", "d", 4)]
    [InlineData("intro-services-roles", "a,d", 5)]
    [InlineData("intro-compose-up", "d", 4)]
    [InlineData("concepts-definition", "b", 4)]
    [InlineData("concepts-basic-actions", "c,d,e", 5)]
    [InlineData("concepts-blue-green", "b", 4)]
    [InlineData("concepts-jobs", "d", 4)]
    [InlineData("concepts-access-control", "d", 4)]
    [InlineData("archi-master-role", "b", 4)]
    [InlineData("archi-master-components", "b,c,d,e", 7)]
    [InlineData("archi-master-ha", "a", 2)]
    [InlineData("master-api-server", "c", 4)]
    [InlineData("master-scheduler", "c", 4)]
    [InlineData("master-controller-facets", "c,d,e", 5)]
    [InlineData("master-etcd-content", "a", 4)]
    [InlineData("nodes-runtime-engines", "a,b,c", 5)]
    [InlineData("nodes-runtime-role", "a", 4)]
    [InlineData("nodes-kubelet-self-healing", "d", 4)]
    [InlineData("nodes-kube-proxy-routing", "d", 4)]
    [InlineData("nodes-kube-proxy-load-balancing", "a", 2)]
    public void Kept_question_ids_keep_their_keyed_options(string questionId, string keys, int optionCount)
    {
        var question = Course.FindQuestion(questionId);

        Assert.NotNull(question);
        Assert.Equal(keys.Split(','), question.CorrectOptionIds);
        Assert.Equal(optionCount, question.Options.Count);
    }

    [Fact]
    public void Shipped_questions_satisfy_the_start_up_balance_rules()
    {
        // The loader enforces these on every load; restating them here documents the shipped margins.
        var single = Course.AllQuestions.Where(q => q.Kind is QuizKind.SingleChoice).ToList();
        foreach (var chapter in Course.Chapters)
        {
            var keys = chapter.Questions.Where(q => q.Kind is QuizKind.SingleChoice).Select(q => q.CorrectOptionIds[0]).ToList();
            Assert.True(keys.GroupBy(k => k).Max(g => g.Count()) <= Math.Max(1, (int)(0.4 * keys.Count)), chapter.Slug);
        }

        var trueFalseKeys = Course.AllQuestions.Where(q => q.Kind is QuizKind.TrueFalse)
            .Select(q => q.Options.Single(o => q.CorrectOptionIds.Contains(o.Id)).Html).ToList();
        Assert.True(trueFalseKeys.Count(k => k == "Vrai") * 3 >= trueFalseKeys.Count);
        Assert.True(trueFalseKeys.Count(k => k == "Faux") * 3 >= trueFalseKeys.Count);
        Assert.NotEmpty(single);
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Every_review_anchor_is_a_section_of_the_question_chapter(string slug)
    {
        var chapter = Course.FindChapter(slug)!;

        Assert.All(chapter.Questions, q =>
        {
            Assert.Equal(slug, q.ChapterSlug);
            Assert.NotNull(chapter.FindSection(q.ReviewSectionId));
        });
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Every_question_sends_the_student_back_to_the_section_it_follows(string slug)
    {
        var chapter = Course.FindChapter(slug)!;

        foreach (var section in chapter.Sections)
        {
            Assert.All(section.Questions, q => Assert.Equal(section.Id, q.ReviewSectionId));
        }
    }

    [Fact]
    public void Question_ids_are_unique_and_findable_across_the_course()
    {
        Assert.Equal(Course.AllQuestions.Count, Course.AllQuestions.Select(q => q.Id).Distinct().Count());
        Assert.All(Course.AllQuestions, q => Assert.Same(q, Course.FindQuestion(q.Id)));
    }

    [Fact]
    public void Correct_answers_are_not_always_in_the_same_position()
    {
        var firstCorrectPositions = Course.AllQuestions
            .Where(q => q.Kind is not QuizKind.TrueFalse)
            .Select(q => q.Options.ToList().FindIndex(o => q.CorrectOptionIds.Contains(o.Id)))
            .Distinct()
            .Count();

        Assert.True(firstCorrectPositions >= 3, "correct options should not always sit at the same place");
    }

    [Fact]
    public void Every_kind_of_question_ships()
    {
        Assert.Equal(Enum.GetValues<QuizKind>(), Course.AllQuestions.Select(q => q.Kind).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Slugs))]
    public void Rendered_chapter_html_contains_no_quiz_answer_or_explanation(string slug)
    {
        var chapter = Course.FindChapter(slug)!;
        var html = string.Concat(chapter.Sections.Select(s => s.Html));

        Assert.DoesNotContain("```quiz", html, StringComparison.Ordinal);
        Assert.DoesNotContain("correct:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("explanation:", html, StringComparison.Ordinal);
        foreach (var question in chapter.Questions)
        {
            Assert.DoesNotContain(question.ExplanationHtml, html, StringComparison.Ordinal);
            Assert.DoesNotContain(question.Id, html, StringComparison.Ordinal);
        }
    }
}
