namespace Course.Web.Components.Guides;

/// <summary>Where the instructor's guide lives: its content slug and its address, relative to the base href.</summary>
internal static class GuideLinks
{
    /// <summary>The slug of <c>Course.Content/Guides/guide-formateur.md</c>.</summary>
    public const string InstructorGuideSlug = "guide-formateur";

    /// <summary>The page's address; other features (the instructor area) link here.</summary>
    public const string Path = "guide-formateur";
}
