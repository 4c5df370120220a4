namespace Course.Content.Quizzes;

/// <summary>
/// A quiz question with its answers, as written in a chapter's <c>```quiz</c> block. It holds the correct
/// options and the explanation: keep it on the server and send <see cref="ToView"/> to the browser.
/// </summary>
/// <param name="Id">Stable id, unique in the whole course (lowercase ASCII letters, digits and dashes).</param>
/// <param name="Kind">How the question is answered.</param>
/// <param name="PromptHtml">The question text rendered as inline HTML.</param>
/// <param name="Options">The proposed answers in the author's order, with ids "a", "b", "c"...</param>
/// <param name="CorrectOptionIds">The ids of the correct options, in option order.</param>
/// <param name="ExplanationHtml">Why the answer is what it is, rendered as HTML, shown after checking.</param>
/// <param name="Concept">The concept the question tests, listed when the student should review it.</param>
/// <param name="ReviewSectionId">The heading id of the chapter section that teaches the concept.</param>
/// <param name="ChapterSlug">The slug of the chapter the question belongs to.</param>
/// <param name="SourceFile">The chapter file the question was written in.</param>
/// <param name="SourceLine">The 1-based line of the question's <c>id:</c> key in that file.</param>
public sealed record QuizQuestion(
    string Id,
    QuizKind Kind,
    string PromptHtml,
    IReadOnlyList<QuizOption> Options,
    IReadOnlyList<string> CorrectOptionIds,
    string ExplanationHtml,
    string Concept,
    string ReviewSectionId,
    string ChapterSlug,
    string SourceFile,
    int SourceLine)
{
    /// <summary>
    /// Why each wrong option is wrong, by option id, as inline HTML; only options whose block gave a
    /// <c>feedback</c> line appear. Shown after grading, for the wrong options the student chose.
    /// </summary>
    public IReadOnlyDictionary<string, string> OptionFeedbackHtml { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Words or phrases that name the concept in the text of the review section, for the check that the section
    /// really teaches it; empty when the concept itself appears there.
    /// </summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>The part of the question a student may see before answering.</summary>
    public QuizQuestionView ToView() => new(Id, Kind, PromptHtml, Options, ChapterSlug);

    /// <summary>True when <paramref name="optionId"/> names one of this question's options.</summary>
    public bool HasOption(string optionId) => Options.Any(o => o.Id == optionId);
}
