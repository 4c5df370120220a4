using System.Globalization;
using System.Text;

namespace Course.Content.Markdown.HeadingIds;

/// <summary>
/// Turns heading text into stable lowercase ASCII ids ("Les Nœuds Kubernetes" → "les-noeuds-kubernetes"),
/// unique within one document.
/// </summary>
public sealed class HeadingSlugger
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>Returns the slug of <paramref name="text"/>, suffixed with -2, -3... when already used.</summary>
    public string Next(string text)
    {
        var slug = Slugify(text);
        if (slug.Length == 0)
        {
            slug = "section";
        }

        if (!_seen.TryGetValue(slug, out var count))
        {
            _seen[slug] = 1;
            return slug;
        }

        string candidate;
        do
        {
            count++;
            candidate = $"{slug}-{count}";
        }
        while (_seen.ContainsKey(candidate));

        _seen[slug] = count;
        _seen[candidate] = 1;
        return candidate;
    }

    /// <summary>Folds accents and ligatures, lowercases, and joins ASCII letters and digits with dashes.</summary>
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var folded = Fold(char.ToLowerInvariant(c));
            if (folded.Length > 0 && folded.All(char.IsAsciiLetterOrDigit))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(folded);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }

    // Letters that Unicode decomposition does not reduce to ASCII.
    private static string Fold(char c) => c switch
    {
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        'ø' => "o",
        'đ' => "d",
        'ł' => "l",
        _ => c.ToString(),
    };
}
