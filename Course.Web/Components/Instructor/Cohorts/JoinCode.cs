using System.Security.Cryptography;
using System.Text;

namespace Course.Web.Components.Instructor.Cohorts;

/// <summary>
/// Cohort join codes: 8 characters drawn with a cryptographic RNG from an alphabet without the characters people
/// confuse when a code is projected or read aloud (no 0/O, 1/I/L). Students may type them in lower case, with spaces
/// or dashes.
/// </summary>
public static class JoinCode
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 8;
    public const int MinLength = 6;
    public const int MaxLength = 8;

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>
    /// The code as stored (upper case, without spaces or dashes), or null when it cannot be a join code (wrong length
    /// or a character outside <see cref="Alphabet"/>).
    /// </summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 64)
        {
            return null;
        }

        var code = new StringBuilder(MaxLength);
        foreach (var character in typed)
        {
            if (char.IsWhiteSpace(character) || character is '-' or '‐' or '–' or '—')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(character);
            if (!Alphabet.Contains(upper, StringComparison.Ordinal) || code.Length == MaxLength)
            {
                return null;
            }

            code.Append(upper);
        }

        return code.Length >= MinLength ? code.ToString() : null;
    }
}
