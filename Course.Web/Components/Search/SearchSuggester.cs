using System.Globalization;
using System.Text;
using Course.Content.Model;
using Course.Content.Synonyms;

namespace Course.Web.Components.Search;

/// <summary>
/// Words to offer when a query finds nothing: the words of headings, chapter titles and synonyms closest to a
/// misspelt query word ("kublet" → "Kubelet"), else a few topics every student can start from.
/// </summary>
internal sealed class SearchSuggester
{
    private const int MaxSuggestions = 4;

    // Topics of chapters 3 to 5; each one is only offered if it finds something.
    private static readonly string[] StarterTopics = ["nœud", "planificateur", "kubelet", "etcd", "conteneur"];

    private readonly Dictionary<string, string> _vocabulary = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> _starters;

    public SearchSuggester(CourseContent course, SynonymList synonyms, Func<string, bool> findsSomething)
    {
        var words = course.Chapters.SelectMany(c => c.Sections.Select(s => s.Heading).Append(c.Title))
            .Concat(synonyms.Groups.SelectMany(g => g.Terms))
            .SelectMany(Words);
        foreach (var word in words.Where(w => w.Length >= 4))
        {
            // Prefer the accented spelling ("nœuds" over "noeuds") as the suggestion shown.
            var lower = word.ToLowerInvariant();
            var key = Fold(lower);
            if (!_vocabulary.TryGetValue(key, out var known) || (known == key && lower != key))
            {
                _vocabulary[key] = lower;
            }
        }

        foreach (var key in _vocabulary.Keys.ToList().Where(k => !findsSomething(_vocabulary[k])))
        {
            _vocabulary.Remove(key);
        }

        _starters = StarterTopics.Where(findsSomething).ToList();
    }

    public IReadOnlyList<string> Suggest(string query)
    {
        var close = Words(query)
            .Select(Fold)
            .Where(w => w.Length >= 3)
            .SelectMany(w => _vocabulary
                .Select(v => (Word: v.Value, Distance: Distance(w, v.Key)))
                .Where(v => v.Distance > 0 && v.Distance <= (w.Length <= 5 ? 1 : 2)))
            .OrderBy(v => v.Distance)
            .Select(v => v.Word)
            .Distinct()
            .Take(MaxSuggestions)
            .ToList();
        return close.Count > 0 ? close : _starters;
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c) || c == '-')
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
    }

    private static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word.ToLowerInvariant().Replace("œ", "oe").Replace("æ", "ae").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // Levenshtein distance; the vocabulary has a few hundred short words, so the simple form is fast enough.
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
