using Course.Content.Loading;

namespace Course.Content.Synonyms;

/// <summary>
/// The synonym groups kept beside the chapters (<c>search-synonyms.txt</c>): one group per line, terms separated
/// by commas, <c>#</c> starts a comment. Search expands a query term to its whole group.
/// </summary>
public sealed class SynonymList
{
    /// <summary>The file name looked for in the chapters folder.</summary>
    public const string FileName = "search-synonyms.txt";

    private SynonymList(IReadOnlyList<SynonymGroup> groups) => Groups = groups;

    /// <summary>An empty list, for a chapters folder without a synonym file.</summary>
    public static SynonymList Empty { get; } = new([]);

    /// <summary>The groups in file order.</summary>
    public IReadOnlyList<SynonymGroup> Groups { get; }

    /// <summary>Reads <see cref="FileName"/> in <paramref name="chaptersDirectory"/>; an absent file gives <see cref="Empty"/>.</summary>
    /// <exception cref="InvalidContentException">When the file is too large, not valid UTF-8, or a line is malformed.</exception>
    public static SynonymList LoadDirectory(string chaptersDirectory)
    {
        var path = Path.Combine(chaptersDirectory, FileName);
        if (!File.Exists(path))
        {
            return Empty;
        }

        var errors = new List<ContentError>();
        var text = ContentFile.TryRead(path, FileName, errors);
        if (text is null)
        {
            throw new InvalidContentException(errors);
        }

        return Parse(FileName, text);
    }

    /// <summary>Parses the text of a synonym file; <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="InvalidContentException">When a line has fewer than two terms or a term appears twice.</exception>
    public static SynonymList Parse(string file, string text)
    {
        var groups = new List<SynonymGroup>();
        var errors = new List<ContentError>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var content = lines[i];
            var comment = content.IndexOf('#', StringComparison.Ordinal);
            if (comment >= 0)
            {
                content = content[..comment];
            }

            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            var terms = content.Split(',', StringSplitOptions.TrimEntries);
            if (terms.Length < 2 || terms.Any(t => t.Length == 0))
            {
                errors.Add(new ContentError(file, i + 1, "a synonym group needs two or more non-empty terms separated by commas"));
                continue;
            }

            if (terms.Distinct(StringComparer.OrdinalIgnoreCase).Count() != terms.Length)
            {
                errors.Add(new ContentError(file, i + 1, "a term appears twice in the same synonym group"));
                continue;
            }

            groups.Add(new SynonymGroup(terms, i + 1));
        }

        return errors.Count > 0 ? throw new InvalidContentException(errors) : new SynonymList(groups);
    }
}
