using Course.Content.Loading;
using Course.Content.Synonyms;
using Course.Tests.Quizzes;

namespace Course.Tests.Content;

/// <summary>
/// A corpus of hostile chapter text the other loader tests do not cover: YAML that is valid but not the shape asked
/// for (lists and mappings where text is expected, lists as keys, aliases, control characters, deep nesting), wrong
/// types, duplicate keys and anchors. Each is refused with one message naming the file and the offending line.
/// </summary>
public sealed class HostileContentTests
{
    private const string File = QuizChapterSource.FileName;

    private static readonly string Valid = QuizChapterSource.Chapter(QuizChapterSource.ValidSingle);

    /// <summary>Name → (text of the file, a fragment of the line the error must name, a fragment of the message).</summary>
    private static readonly Dictionary<string, (string Text, string Line, string Message)> Corpus = new()
    {
        ["a list as a front matter key"] = (
            Valid.Replace("readingMinutes: 1", "readingMinutes: 1\n[auteur, relecteur]: Jean"), "[auteur", "unknown front matter key"),
        ["a mapping as a quiz key"] = (
            Valid.Replace("type: single", "type: single\n{niveau: 1}: facile"), "{niveau", "unknown quiz key"),
        ["a title that is a mapping"] = (
            Valid.Replace("title: \"Chapitre de test\"", "title: {fr: Chapitre}"), "title:", "'title' must be a non-empty text"),
        ["an order that is a list"] = (
            Valid.Replace("order: 9", "order: [9, 10]"), "order:", "'order' must be a positive whole number"),
        ["an order beyond a 32-bit number"] = (
            Valid.Replace("order: 9", "order: 99999999999"), "order:", "'order' must be a positive whole number"),
        ["objectives as one text"] = (
            Valid.Replace("objectives:\n  - \"Un\"\n  - \"Deux\"\n  - \"Trois\"", "objectives: \"Un seul\""), "objectives:", "'objectives' must be a list of 3 to 5"),
        ["lab checks as one text"] = (
            Valid.Replace("readingMinutes: 1", "readingMinutes: 1\nlabChecks: kubectl get nodes"), "labChecks:", "'labChecks' must be a list"),
        ["a lab check that is a text"] = (
            Valid.Replace("readingMinutes: 1", "readingMinutes: 1\nlabChecks:\n  - kubectl get nodes"), "- kubectl", "each lab check must be a mapping"),
        ["an alias to no anchor"] = (
            Valid.Replace("summary: \"Un chapitre pour les tests.\"", "summary: *resume"), "summary:", "malformed front matter: alias '*resume': anchors and aliases are not supported"),
        ["a control character in the front matter"] = (
            Valid.Replace("title: \"Chapitre de test\"", "title: \"Chapitre\u0001 de test\""), "title:", "control character U+0001 in column 17"),
        ["a NUL byte in the body"] = (
            Valid.Replace("Le worker demande", "Le worker\0 demande"), "Le worker", "control character U+0000 in column 10"),
        ["a tab indenting quiz YAML"] = (
            Valid.Replace("    correct: true", "\tcorrect: true"), "correct: true", "malformed quiz YAML: a tab indents this line"),
        ["quiz keywords as a mapping"] = (
            Valid.Replace("type: single", "type: single\nkeywords: {rng: oui}"), "keywords:", "'keywords' must be a list"),
        ["an option text that is a list"] = (
            Valid.Replace("  - text: \"`hasher`\"", "  - text: [hasher, worker]"), "[hasher", "'text' must be a non-empty text"),
        ["a quiz that is a list"] = (
            QuizChapterSource.Chapter("```quiz\n- id: q\n- type: single\n```"), "```quiz", "a quiz block must hold 'key: value' lines"),
        ["the same heading twice, reviewed by an anchor that does not exist"] = (
            QuizChapterSource.Chapter("## Les services\n\nEncore.\n\n" + QuizChapterSource.ValidSingle.Replace("review: les-services", "review: les-services-3")),
            "review: les-services-3", "review section 'les-services-3' is not a heading id of this chapter (known ids: les-services, les-services-2"),
        ["a deeply nested summary"] = (
            Valid.Replace("summary: \"Un chapitre pour les tests.\"", "summary: " + new string('[', 5000) + new string(']', 5000)), "summary:", "nested more than 16 levels deep"),
        ["a deeply nested quiz"] = (
            Valid.Replace("concept: Les services de DockerCoins", "concept: " + new string('{', 5000) + new string('}', 5000)), "concept:", "malformed quiz YAML: lists or mappings nested"),
    };

    public static TheoryData<string> Cases => [.. Corpus.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_text_is_refused_with_the_file_and_line(string name)
    {
        var (text, lineFragment, message) = Corpus[name];

        var exception = Assert.Throws<InvalidContentException>(() => ChapterLoader.Load([(File, text)]));

        var error = Assert.Single(exception.Errors);
        Assert.StartsWith($"{File}:{QuizChapterSource.LineOf(text, lineFragment)}: ", error.ToString());
        Assert.Contains(message, error.Message);
        Assert.Contains(error.ToString(), exception.Message);
    }

    [Fact]
    public void A_repeated_front_matter_key_is_refused_on_its_second_line()
    {
        var text = Valid.Replace("order: 9", "order: 9\ntitle: \"Autre titre\"");

        var error = Assert.Single(Assert.Throws<InvalidContentException>(() => ChapterLoader.Load([(File, text)])).Errors);

        Assert.StartsWith($"{File}:{QuizChapterSource.LineOf(text, "Autre titre")}: ", error.ToString());
        Assert.Contains("malformed front matter", error.Message);
    }

    [Fact]
    public void Files_too_large_or_not_utf8_are_refused_by_name_and_line_with_every_other_error()
    {
        using var folder = new HostileContentFolder();
        var expected = folder.WriteCorpus();

        var exception = Assert.Throws<InvalidContentException>(() => ChapterLoader.LoadDirectory(folder.Chapters, folder.Guides));

        Assert.Equal(expected.Count, exception.Errors.Count);
        Assert.All(expected, start => Assert.Contains(exception.Errors, e => e.ToString().StartsWith(start, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_synonym_file_too_large_or_not_utf8_is_refused_with_its_line()
    {
        using var folder = new HostileContentFolder();
        var path = HostileContentFolder.WriteHuge(folder.Chapters, SynonymList.FileName);

        var huge = Assert.Single(Assert.Throws<InvalidContentException>(() => SynonymList.LoadDirectory(folder.Chapters)).Errors);
        HostileContentFolder.WriteLatin1On(path, "# Synonymes\npod, pods\nnœud, node\n", 3);
        var latin1 = Assert.Single(Assert.Throws<InvalidContentException>(() => SynonymList.LoadDirectory(folder.Chapters)).Errors);

        Assert.StartsWith($"{SynonymList.FileName}:1: the file is {HostileContentFolder.HugeBytes} bytes", huge.ToString());
        Assert.Equal($"{SynonymList.FileName}:3: the file is not valid UTF-8 (save it as UTF-8)", latin1.ToString());
    }
}
