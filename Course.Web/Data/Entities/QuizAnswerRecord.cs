namespace Course.Web.Data.Entities;

/// <summary>One graded answer of a signed-in student, kept for their progress and the cohort statistics.</summary>
public sealed class QuizAnswerRecord
{
    public const int QuestionIdMaxLength = 100;
    public const int QuestionVersionMaxLength = 64;
    public const int ChapterSlugMaxLength = 100;
    public const int ChosenOptionsMaxLength = 100;
    public const int AnonymousIdMaxLength = 64;
    public const int SubmissionIdMaxLength = 64;

    public long Id { get; set; }

    public required string UserId { get; set; }

    public CourseUser? User { get; set; }

    public required string QuestionId { get; set; }

    /// <summary>
    /// A hash of the question's stem, options and keys when it was answered: statistics are computed per version,
    /// so a rewritten question starts afresh while old answers stay readable.
    /// </summary>
    public required string QuestionVersion { get; set; }

    public required string ChapterSlug { get; set; }

    /// <summary>The chosen option ids in option order, comma-separated ("a,c").</summary>
    public required string ChosenOptions { get; set; }

    public bool IsCorrect { get; set; }

    /// <summary>1 for the first graded answer of this student to this question, then 2, 3...</summary>
    public int Attempt { get; set; }

    public DateTime AnsweredAt { get; set; }

    /// <summary>The browser's anonymous id when the answer was given before signing in and merged afterwards.</summary>
    public string? AnonymousId { get; set; }

    /// <summary>
    /// Who sent this answer and which submission it was, unique per user: saving the same submission again (a retry
    /// after a lost acknowledgement, a second merge of the same browser) finds the stored row instead of adding one.
    /// </summary>
    public string? SubmissionId { get; set; }
}
