namespace Course.Web.Components.Progress;

public enum LearningEventKind
{
    /// <summary>A graded answer was committed.</summary>
    QuestionAnswered,

    /// <summary>The student opened a chapter.</summary>
    ChapterVisited,

    /// <summary>The student reached the end of a chapter or marked it finished.</summary>
    ChapterRead,

    /// <summary>The student joined a cohort.</summary>
    CohortJoined,
}
