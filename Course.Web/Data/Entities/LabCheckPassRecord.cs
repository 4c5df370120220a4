namespace Course.Web.Data.Entities;

/// <summary>A lab check a student passed on their own cluster (reported or read directly), and when it first passed.</summary>
public sealed class LabCheckPassRecord
{
    public const int CheckIdMaxLength = 100;

    public required string UserId { get; set; }

    public CourseUser? User { get; set; }

    /// <summary>The check's id as the chapter declares it (<c>nodes-ready</c>, <c>worker-scaled</c>...).</summary>
    public required string CheckId { get; set; }

    /// <summary>The chapter that declares the check, for the progress page.</summary>
    public required string ChapterSlug { get; set; }

    public DateTime PassedAt { get; set; }
}
