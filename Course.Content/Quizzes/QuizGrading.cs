using System.Diagnostics.CodeAnalysis;

namespace Course.Content.Quizzes;

/// <summary>
/// What <see cref="QuizGrader"/> answers: either a <see cref="QuizResult"/>, or a refusal with a French message
/// for the student when the submission is not a valid answer to the question.
/// </summary>
public sealed class QuizGrading
{
    private QuizGrading(QuizResult? result, string? refusal)
    {
        Result = result;
        Refusal = refusal;
    }

    /// <summary>The grade, when the submission was accepted.</summary>
    public QuizResult? Result { get; }

    /// <summary>Why the submission was refused, in French, ready to show to the student.</summary>
    public string? Refusal { get; }

    /// <summary>True when the submission was refused; nothing was graded.</summary>
    [MemberNotNullWhen(true, nameof(Refusal))]
    [MemberNotNullWhen(false, nameof(Result))]
    public bool IsRefused => Refusal is not null;

    /// <summary>An accepted, graded submission.</summary>
    public static QuizGrading Graded(QuizResult result) => new(result, null);

    /// <summary>A refused submission with the message to show.</summary>
    public static QuizGrading Refused(string message) => new(null, message);
}
