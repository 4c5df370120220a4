using System.Text;
using Course.Tests.Infrastructure;
using Course.Tests.Quizzes;

namespace Course.Tests.Content;

/// <summary>
/// A temporary chapters folder of hostile files, written by the test (the 50 MB file is sparse: nothing is committed
/// and nothing that large is written), with the <c>file:line: message</c> each must produce.
/// </summary>
internal sealed class HostileContentFolder : IDisposable
{
    public const long HugeBytes = 50L * 1024 * 1024;

    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("course-hostile-");

    public HostileContentFolder()
    {
        Directory.CreateDirectory(Chapters);
        Directory.CreateDirectory(Guides);
    }

    public string Chapters => Path.Combine(_root.FullName, "chapitres");

    public string Guides => Path.Combine(_root.FullName, "guides");

    /// <summary>A valid chapter saved with a byte order mark, as some editors do: it loads.</summary>
    public HostileContentFolder WithValidChapter()
    {
        File.WriteAllText(Path.Combine(Chapters, "01-valide.md"), ChapterFile.Valid(slug: "valide", order: 1), new UTF8Encoding(true));
        return this;
    }

    /// <summary>A file of <see cref="HugeBytes"/> (sparse) in <paramref name="folder"/>.</summary>
    public static string WriteHuge(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        using var file = File.Create(path);
        file.SetLength(HugeBytes);
        return path;
    }

    /// <summary>UTF-8 text with one Latin-1 byte ('é' as 0xE9) on line <paramref name="line"/>.</summary>
    public static void WriteLatin1On(string path, string text, int line)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var bytes = new List<byte>();
        for (var i = 0; i < lines.Length; i++)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(lines[i]));
            if (i + 1 == line)
            {
                bytes.AddRange([(byte)' ', 0xE9, (byte)'t', 0xE9]);
            }

            bytes.Add((byte)'\n');
        }

        File.WriteAllBytes(path, [.. bytes]);
    }

    /// <summary>Writes the corpus of bad chapters and a bad guide; returns the errors expected, as "file:line: message" starts.</summary>
    public IReadOnlyList<string> WriteCorpus()
    {
        WithValidChapter();
        WriteHuge(Chapters, "02-enorme.md");
        WriteLatin1On(Path.Combine(Chapters, "03-latin1.md"), ChapterFile.Valid(slug: "latin1", order: 3), 7);
        var noKey = QuizChapterSource.Chapter(QuizChapterSource.ValidSingle.Replace("    correct: true\n", ""), slug: "sans-cle", order: 4);
        File.WriteAllText(Path.Combine(Chapters, "04-sans-cle.md"), noKey);
        var noAnchor = QuizChapterSource.Chapter(QuizChapterSource.ValidSingle.Replace("review: les-services", "review: nulle-part"), slug: "ancre", order: 5);
        File.WriteAllText(Path.Combine(Chapters, "05-ancre.md"), noAnchor);
        var listKey = ChapterFile.Valid(slug: "cle-liste", order: 6).Replace("readingMinutes: 3", "readingMinutes: 3\n[auteur]: Jean");
        File.WriteAllText(Path.Combine(Chapters, "06-cle-liste.md"), listKey);
        WriteLatin1On(Path.Combine(Guides, "guide.md"), "---\nslug: guide\ntitle: \"Guide\"\nsummary: \"Un guide.\"\n---\n\n## Partie\n\nTexte.\n", 8);

        return
        [
            $"02-enorme.md:1: the file is {HugeBytes} bytes, more than the 1048576 bytes a content file may have",
            "03-latin1.md:7: the file is not valid UTF-8",
            $"04-sans-cle.md:{QuizChapterSource.LineOf(noKey, "options:")}: no option is marked 'correct: true'",
            $"05-ancre.md:{QuizChapterSource.LineOf(noAnchor, "review: nulle-part")}: review section 'nulle-part' is not a heading id of this chapter",
            $"06-cle-liste.md:{QuizChapterSource.LineOf(listKey, "[auteur]")}: unknown front matter key",
            "guide.md:8: the file is not valid UTF-8",
        ];
    }

    public void Dispose() => _root.Delete(recursive: true);
}
