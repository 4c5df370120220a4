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
    public void Every_chapter_has_at_least_five_questions(string slug)
    {
        var count = Course.FindChapter(slug)!.Questions.Count();

        Assert.True(count >= 5, $"chapter '{slug}' has {count} questions; at least 5 are expected");
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
