using System.Buffers;
using System.Text.Unicode;

namespace Course.Content.Loading;

/// <summary>Reading content files: bounded in size, strict UTF-8, and a check for text that was once mis-decoded.</summary>
internal static class ContentFile
{
    /// <summary>The largest content file read: 40 times the longest chapter shipped (about 25 KB).</summary>
    public const long MaxBytes = 1024 * 1024;

    // Sequences left by UTF-8 text once decoded as Mac Roman or Windows-1252.
    private static readonly string[] MojibakeMarkers = ["√©", "√®", "√†", "Ã©", "Ã¨", "â€"];

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Reads every <c>*.md</c> file of <paramref name="directory"/>, in file name order; a file too large or not UTF-8
    /// is left out with an error in <paramref name="errors"/>, so one load reports every bad file at once.
    /// </summary>
    public static IReadOnlyList<(string File, string Text)> ReadFolder(string directory, string what, List<ContentError> errors)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidContentException([new ContentError(directory, 0, $"the {what} folder does not exist")]);
        }

        var files = new List<(string File, string Text)>();
        foreach (var path in Directory.GetFiles(directory, "*.md").Order(StringComparer.Ordinal))
        {
            if (TryRead(path, Path.GetFileName(path), errors) is { } text)
            {
                files.Add((Path.GetFileName(path), text));
            }
        }

        return files;
    }

    /// <summary>
    /// Reads one file as strict UTF-8, or adds an error naming <paramref name="file"/> and returns null. The size is
    /// checked before anything is read: a huge file dropped in the content folder must not take the server's memory.
    /// </summary>
    public static string? TryRead(string path, string file, List<ContentError> errors)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (stream.Length > MaxBytes)
        {
            errors.Add(new(file, 1, $"the file is {stream.Length} bytes, more than the {MaxBytes} bytes a content file may have"));
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var content = bytes.AsSpan();
        if (content.StartsWith(ByteOrderMark))
        {
            content = content[ByteOrderMark.Length..];
        }

        var chars = new char[content.Length];
        if (Utf8.ToUtf16(content, chars, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            // The line of the first bad byte, so the author finds the pasted or mis-saved passage.
            errors.Add(new(file, content[..read].Count((byte)'\n') + 1, "the file is not valid UTF-8 (save it as UTF-8)"));
            return null;
        }

        return new string(chars, 0, written);
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

            // NUL and other control characters are never text: a binary or corrupted file, or a paste from a terminal.
            if (FirstControl(lines[i]) is >= 0 and var at)
            {
                errors.Add(new(file, i + 1, $"control character U+{(int)lines[i][at]:X4} in column {at + 1}: text must not contain one"));
            }
        }

        return lines;
    }

    private static int FirstControl(string line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            if (char.IsControl(line[i]) && line[i] != '\t')
            {
                return i;
            }
        }

        return -1;
    }
}
