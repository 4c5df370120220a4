using Course.Content.Model;

namespace Course.Web.Components.Chapters;

/// <summary>Addresses of chapters and their sections, relative to the site's base href.</summary>
internal static class ChapterLinks
{
    public static string Chapter(Chapter chapter) => $"chapitres/{chapter.Slug}";

    public static string Section(Chapter chapter, string sectionId) => $"chapitres/{chapter.Slug}#{sectionId}";
}
