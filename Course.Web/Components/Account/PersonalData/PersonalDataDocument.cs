namespace Course.Web.Components.Account.PersonalData;

/// <summary>Everything the site stores about one account, as the JSON download gives it.</summary>
internal sealed record PersonalDataDocument(
    DateTime ExportedAt,
    PersonalDataDocument.AccountData Account,
    IReadOnlyList<PersonalDataDocument.MembershipData> Cohorts,
    IReadOnlyList<PersonalDataDocument.OwnedCohortData> OwnedCohorts,
    IReadOnlyList<PersonalDataDocument.AnswerData> Answers,
    IReadOnlyList<PersonalDataDocument.ChapterData> ChapterProgress)
{
    internal sealed record AccountData(
        string Id,
        string? Email,
        string? DisplayName,
        DateTime CreatedAt,
        IReadOnlyList<string> Roles,
        int FailedSignInsInARow,
        DateTimeOffset? LockedOutUntil);

    internal sealed record MembershipData(string Cohort, DateTime JoinedAt);

    internal sealed record OwnedCohortData(
        string Name, string JoinCode, DateTime CreatedAt, DateOnly? StartsOn, DateOnly? EndsOn, DateTime? ArchivedAt, int Members);

    internal sealed record AnswerData(
        string QuestionId,
        string QuestionVersion,
        string Chapter,
        string ChosenOptions,
        bool IsCorrect,
        int Attempt,
        DateTime AnsweredAt,
        string? AnonymousBrowserId);

    internal sealed record ChapterData(string Chapter, DateTime FirstVisitedAt, DateTime LastVisitedAt, DateTime? ReadAt);
}
