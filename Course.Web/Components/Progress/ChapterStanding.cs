namespace Course.Web.Components.Progress;

/// <summary>Where a signed-in student stands in a chapter, as the navigation drawer and "Ma progression" show it.</summary>
internal enum ChapterStanding
{
    /// <summary>Not read yet (questions may have been answered).</summary>
    NotRead,

    /// <summary>Read: the end was reached or "J'ai terminé ce chapitre" was pressed.</summary>
    Read,

    /// <summary>Read, and every question of the chapter answered correctly at least once.</summary>
    Completed,
}
