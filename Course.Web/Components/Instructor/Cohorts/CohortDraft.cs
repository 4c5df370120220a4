using Course.Web.Data.Entities;

namespace Course.Web.Components.Instructor.Cohorts;

/// <summary>What an instructor types to create a cohort.</summary>
public sealed record CohortDraft(string? Name, DateOnly? StartsOn, DateOnly? EndsOn)
{
    /// <summary>The French reason the draft is refused, or null when it is acceptable.</summary>
    public string? Validate()
    {
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return "Donnez un nom à la cohorte.";
        }

        if (name.Length > Cohort.NameMaxLength)
        {
            return $"Le nom de la cohorte ne doit pas dépasser {Cohort.NameMaxLength} caractères (il en compte {name.Length}).";
        }

        return StartsOn is { } start && EndsOn is { } end && end < start
            ? "La date de fin ne peut pas précéder la date de début."
            : null;
    }
}
