using System.Net;
using System.Text.RegularExpressions;
using Course.Content.Model;
using Course.Content.Quizzes;
using Course.Tests.Infrastructure;

namespace Course.Tests.Quizzes;

/// <summary>
/// The shipped quizzes must not give their answers away by length: a student who always picks the longest option
/// should not score well.
/// </summary>
public sealed partial class QuizOptionBalanceTests
{
    private const double MaxShareWithLongestKeyedOption = 0.40;
    private const double MaxKeyedToLongestDistractorRatio = 1.5;

    private static CourseContent Course => ShippedCourse.Content;

    /// <summary>Single- and multiple-choice questions with at least one distractor to compare the keyed options with.</summary>
    private static IReadOnlyList<QuizQuestion> ChoiceQuestions =>
        Course.AllQuestions
            .Where(q => q.Kind is QuizKind.SingleChoice or QuizKind.MultipleChoice)
            .Where(q => q.Options.Count > q.CorrectOptionIds.Count)
            .ToList();

    /// <summary>For a multiple-choice question: its longest keyed option is longer than every distractor.</summary>
    [Fact]
    public void Keyed_option_is_the_longest_in_at_most_40_percent_of_choice_questions()
    {
        var questions = ChoiceQuestions;
        Assert.NotEmpty(questions);

        var giveaways = questions
            .Where(q => KeyedLengths(q).Max() > DistractorLengths(q).Max())
            .Select(q => q.Id)
            .ToList();

        Assert.True(
            giveaways.Count <= MaxShareWithLongestKeyedOption * questions.Count,
            $"the keyed option is strictly the longest in {giveaways.Count} of {questions.Count} single/multiple-choice " +
            $"questions (at most {MaxShareWithLongestKeyedOption:P0} allowed): {string.Join(", ", giveaways)}");
    }

    [Fact]
    public void No_keyed_option_is_more_than_one_and_a_half_times_the_longest_distractor()
    {
        var offenders = ChoiceQuestions
            .Select(q => (q.Id, Keyed: KeyedLengths(q).Max(), Distractor: DistractorLengths(q).Max()))
            .Where(x => x.Keyed > MaxKeyedToLongestDistractorRatio * x.Distractor)
            .Select(x => $"{x.Id} ({x.Keyed} vs {x.Distractor} characters)")
            .ToList();

        Assert.True(
            offenders.Count == 0,
            $"keyed options longer than {MaxKeyedToLongestDistractorRatio}× the longest distractor: {string.Join(", ", offenders)}");
    }

    [Theory]
    [InlineData("<code>rng</code>", 3)]
    [InlineData("Il interroge <code>hasher</code> d&#39;abord", 27)]
    [InlineData("<em>Un</em> &amp; <strong>deux</strong>", 9)]
    public void Option_length_is_the_length_of_its_plain_text(string html, int expected)
    {
        Assert.Equal(expected, PlainTextLength(html));
    }

    private static IEnumerable<int> KeyedLengths(QuizQuestion question) =>
        question.Options.Where(o => question.CorrectOptionIds.Contains(o.Id)).Select(o => PlainTextLength(o.Html));

    private static IEnumerable<int> DistractorLengths(QuizQuestion question) =>
        question.Options.Where(o => !question.CorrectOptionIds.Contains(o.Id)).Select(o => PlainTextLength(o.Html));

    private static int PlainTextLength(string html) => WebUtility.HtmlDecode(Tag().Replace(html, "")).Trim().Length;

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
