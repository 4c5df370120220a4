namespace Course.Content.Quizzes;

/// <summary>How a quiz question is answered.</summary>
public enum QuizKind
{
    /// <summary>Exactly one option is correct; the student picks one (radio buttons).</summary>
    SingleChoice,

    /// <summary>One or more options are correct; the student picks any number (checkboxes).</summary>
    MultipleChoice,

    /// <summary>Two options, "Vrai" and "Faux", exactly one of them correct (radio buttons).</summary>
    TrueFalse,
}
