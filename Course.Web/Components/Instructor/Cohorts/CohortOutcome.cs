using Course.Web.Data.Entities;

namespace Course.Web.Components.Instructor.Cohorts;

/// <summary>The result of an instructor's change to a cohort: the cohort as saved, or a French refusal (nothing saved).</summary>
public sealed record CohortOutcome(Cohort? Cohort, string? Error)
{
    public bool Succeeded => Error is null;

    public static CohortOutcome Saved(Cohort cohort) => new(cohort, null);

    public static CohortOutcome Refused(string error) => new(null, error);

    /// <summary>Not an instructor, not the owner, or no such cohort: the same answer, so ids reveal nothing.</summary>
    public static CohortOutcome NotFound { get; } = new(null, "Cohorte introuvable, ou vous n’en êtes pas le formateur.");
}
