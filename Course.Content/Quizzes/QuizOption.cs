namespace Course.Content.Quizzes;

/// <summary>One proposed answer of a question. It says nothing about whether it is correct.</summary>
/// <param name="Id">Stable id within the question: "a", "b", "c"... in the order the author wrote the options.</param>
/// <param name="Html">The option text rendered as inline HTML.</param>
public sealed record QuizOption(string Id, string Html);
