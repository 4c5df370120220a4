namespace Course.Web.Components.Instructor.Statistics;

/// <summary>A student's visits to one chapter and when they finished reading it (null until then).</summary>
public sealed record ChapterFact(string UserId, string ChapterSlug, DateTime LastVisitedAt, DateTime? ReadAt);
