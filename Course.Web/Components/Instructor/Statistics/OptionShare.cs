namespace Course.Web.Components.Instructor.Statistics;

/// <summary>How many respondents chose one option at their first try.</summary>
/// <param name="OptionId">"a", "b"...</param>
/// <param name="Html">The option's text (inline HTML of the shipped course), or null for an older version.</param>
/// <param name="Count">Respondents whose first try included this option.</param>
/// <param name="Share">Count / respondents (0-1).</param>
/// <param name="IsCorrect">The option is one of the keys.</param>
/// <param name="IsMostChosenWrong">The wrong option chosen most often (ties: the first in option order).</param>
public sealed record OptionShare(string OptionId, string? Html, int Count, double Share, bool IsCorrect, bool IsMostChosenWrong);
