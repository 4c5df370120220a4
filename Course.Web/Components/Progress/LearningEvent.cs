namespace Course.Web.Components.Progress;

/// <summary>
/// Something a signed-in student did that an open instructor dashboard must show: small and serializable, so a
/// deployment with several replicas can carry it between them (PostgreSQL LISTEN/NOTIFY) unchanged.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="UserId">The student's account id.</param>
/// <param name="ChapterSlug">The chapter concerned.</param>
/// <param name="QuestionId">The question answered, for <see cref="LearningEventKind.QuestionAnswered"/>.</param>
/// <param name="OccurredAt">When it was committed (UTC).</param>
public sealed record LearningEvent(
    LearningEventKind Kind, string UserId, string ChapterSlug, string? QuestionId, DateTime OccurredAt);
