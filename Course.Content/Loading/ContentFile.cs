using System.Text;

namespace Course.Content.Loading;

/// <summary>Reading content files: strict UTF-8, and a check for text that was once mis-decoded.</summary>
internal static class ContentFile
{
    // Sequences left by UTF-8 text once decoded as Mac Roman or Windows-1252.
    private static readonly string[] MojibakeMarkers = ["√©", "√®", "√†", "Ã©", "Ã¨", "â€"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads every <c>*.md</c> file of <paramref name="directory"/>, in file name order.</summary>
    public static IReadOnlyList<(string File, string Text)> ReadFolder(string directory, string what)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidContentException([new ContentError(directory, 0, $"the {what} folder does not exist")]);
        }

        return Directory.GetFiles(directory, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), ReadText(f)))
            .ToList();
    }

    /// <summary>Splits a file into lines, reporting mis-decoded text on each line where it appears.</summary>
    public static string[] Lines(string file, string text, List<ContentError> errors)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var marker = MojibakeMarkers.FirstOrDefault(m => lines[i].Contains(m, StringComparison.Ordinal));
            if (marker is not null)
            {
                errors.Add(new(file, i + 1, $"mis-decoded text ('{marker}'): the file must be saved as UTF-8"));
            }
        }

        return lines;
    }

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidContentException([new ContentError(Path.GetFileName(path), 1, "the file is not valid UTF-8")]);
        }
    }
}
