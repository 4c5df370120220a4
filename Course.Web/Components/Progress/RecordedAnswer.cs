namespace Course.Web.Components.Progress;

/// <summary>A graded answer once it is committed: only then may the student be told "Enregistré".</summary>
/// <param name="Id">The stored row's id.</param>
/// <param name="Attempt">1 for the student's first answer to the question, then 2, 3...</param>
/// <param name="AnsweredAt">When it was committed (UTC).</param>
public sealed record RecordedAnswer(long Id, int Attempt, DateTime AnsweredAt);
