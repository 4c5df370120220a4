using Course.Content.Loading;
using Course.Content.Model;

namespace Course.Content.Quizzes.Checks;

/// <summary>
/// Each question's review section must mention what the question tests: the section's heading and text
/// (editorial notes included), accents folded and case ignored, must contain the question's <c>concept</c> as a
/// phrase, or one of its <c>keywords</c>. Phrases match on whole words, so <c>rng</c> does not match "string".
/// </summary>
internal static class ReviewMentionCheck
{
    public static void Check(Chapter chapter, List<ContentError> errors)
    {
        foreach (var question in chapter.Questions)
        {
            var section = chapter.FindSection(question.ReviewSectionId);
            if (section is null)
            {
                continue; // QuizReader already reported the unknown anchor.
            }

            var words = FoldedText.Words(section.Heading + " " + FoldedText.PlainOf(section.Html));
            if (FoldedText.ContainsPhrase(words, question.Concept) || question.Keywords.Any(k => FoldedText.ContainsPhrase(words, k)))
            {
                continue;
            }

            var keywords = question.Keywords.Count == 0 ? "no keywords" : "keywords " + string.Join(", ", question.Keywords.Select(k => $"'{k}'"));
            errors.Add(new(question.SourceFile, question.SourceLine,
                $"review section '{section.Id}' does not mention the concept of '{question.Id}' ('{question.Concept}', {keywords}): " +
                "point 'review' at the section that teaches it, or list in 'keywords' the words that section uses"));
        }
    }
}
