namespace Course.Web.Components.Quizzes;

/// <summary>Where a student's quiz answers are kept between visits.</summary>
internal interface IQuizAnswerStore
{
    /// <summary>Reads the saved answers, or null when nothing was saved. Only call once the circuit is interactive.</summary>
    ValueTask<StoredQuizAnswers?> LoadAsync();

    /// <summary>Replaces the saved answers.</summary>
    ValueTask SaveAsync(StoredQuizAnswers answers);

    /// <summary>
    /// After a load: saved answers exist that this server cannot read (another key ring). They are kept aside,
    /// never overwritten; the student is told.
    /// </summary>
    bool HasUnreadableAnswers => false;
}
