namespace Course.Web.Components.Quizzes;

/// <summary>Whether a signed-in student's latest answer to a question is committed to their account.</summary>
internal enum QuizSaveState
{
    /// <summary>Nothing to tell: an anonymous visitor (answers stay in the browser) or no answer yet.</summary>
    None,

    /// <summary>The commit is under way.</summary>
    Saving,

    /// <summary>Committed: "Enregistré".</summary>
    Saved,

    /// <summary>The commit failed: "Non enregistré", with a retry that sends the same answer again.</summary>
    NotSaved,
}
