using System.Globalization;
using Course.Content.Loading;
using Course.Content.Model;

namespace Course.Content.Quizzes.Checks;

/// <summary>
/// Across the course, "Vrai" and "Faux" must each be the key of at least a third of the true/false questions, so
/// "always answer Faux" does not pay. A course with a single true/false question is exempt: both cannot reach a third.
/// </summary>
internal static class TrueFalseBalanceCheck
{
    public static void Check(IReadOnlyList<Chapter> chapters, List<ContentError> errors)
    {
        var items = chapters.SelectMany(c => c.Questions).Where(q => q.Kind is QuizKind.TrueFalse).ToList();
        if (items.Count < 2)
        {
            return;
        }

        var required = (int)Math.Ceiling(items.Count / 3.0);
        var byKey = items.ToLookup(KeyText);
        foreach (var (key, other) in new[] { ("Vrai", "Faux"), ("Faux", "Vrai") })
        {
            var count = byKey[key].Count();
            if (count < required)
            {
                // Point at the last question keyed the other way: flipping one of those is the fix.
                var last = byKey[other].Last();
                errors.Add(new(last.SourceFile, last.SourceLine,
                    $"'{key}' is the key of {count.ToString(CultureInfo.InvariantCulture)} of the course's {items.Count} true/false questions; " +
                    $"at least a third ({required}) is required: rewrite some '{other}' items such as '{last.Id}' so that '{key}' is right"));
            }
        }
    }

    private static string KeyText(QuizQuestion question) =>
        question.Options.First(o => o.Id == question.CorrectOptionIds[0]).Html;
}
