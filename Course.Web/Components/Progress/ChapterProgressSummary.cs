using Course.Content.Model;
using Course.Web.Components.Quizzes;

namespace Course.Web.Components.Progress;

/// <summary>One chapter's line of "Ma progression": reading, quiz scores and the completion the bar shows.</summary>
internal sealed record ChapterProgressSummary(Chapter Chapter, ChapterStanding Standing, ChapterQuizScore Score)
{
    /// <summary>Reading counts as one step and each question answered correctly at least once as another.</summary>
    public int Percent => (int)Math.Round(100.0 * ((Standing == ChapterStanding.NotRead ? 0 : 1) + Score.EverCorrect) / (1 + Score.Total));

    /// <summary>True when the student neither read the chapter nor answered any of its questions.</summary>
    public bool IsUntouched => Standing == ChapterStanding.NotRead && Score.Answered == 0;

    public static ChapterProgressSummary Of(Chapter chapter, ChapterReading reading, QuizProgress quizzes)
    {
        var score = quizzes.ScoreOf(chapter);
        var standing = !reading.IsRead(chapter.Slug) ? ChapterStanding.NotRead
            : score.EverCorrect == score.Total ? ChapterStanding.Completed
            : ChapterStanding.Read;
        return new ChapterProgressSummary(chapter, standing, score);
    }
}
