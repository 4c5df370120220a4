using System.Security.Cryptography;
using System.Text;
using Course.Content.Quizzes;

namespace Course.Web.Components.Progress;

/// <summary>
/// Identifies the wording of a question: a hash of its kind, stem, options and keys. Statistics are computed per
/// version, so rewording a question (same id) starts its statistics afresh while old answers stay readable.
/// </summary>
public static class QuestionVersion
{
    /// <summary>16 lowercase hex digits (64 bits of SHA-256).</summary>
    public static string Of(QuizQuestion question)
    {
        var text = new StringBuilder()
            .Append(question.Kind).Append('\u001f')
            .Append(question.PromptHtml).Append('\u001f');
        foreach (var option in question.Options)
        {
            text.Append(option.Id).Append('=').Append(option.Html).Append('\u001f');
        }

        text.AppendJoin(',', question.CorrectOptionIds);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexStringLower(hash, 0, 8);
    }
}
