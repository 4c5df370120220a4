namespace Course.Web.Data.Entities;

/// <summary>A signed-in student's visits to one chapter, and when they finished reading it.</summary>
public sealed class ChapterProgressRecord
{
    public required string UserId { get; set; }

    public CourseUser? User { get; set; }

    public required string ChapterSlug { get; set; }

    public DateTime FirstVisitedAt { get; set; }

    public DateTime LastVisitedAt { get; set; }

    /// <summary>When the student reached the end of the chapter or pressed "J'ai terminé ce chapitre"; null until then.</summary>
    public DateTime? ReadAt { get; set; }
}
