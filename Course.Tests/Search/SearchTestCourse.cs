using Course.Content.Loading;
using Course.Content.Model;
using Course.Content.Synonyms;
using Course.Tests.Infrastructure;
using Course.Web.Components.Search;

namespace Course.Tests.Search;

/// <summary>Search indexes over the shipped course or over small courses written by a test.</summary>
internal static class SearchTestCourse
{
    private static readonly Lazy<CourseSearchIndex> Shipped = new(() =>
        new CourseSearchIndex(ShippedCourse.Content, SynonymList.LoadDirectory(ShippedCourse.ChaptersDirectory)));

    /// <summary>The index of the shipped chapters with the shipped synonyms, shared by the tests that only read it.</summary>
    public static CourseSearchIndex ShippedIndex => Shipped.Value;

    public static CourseSearchIndex IndexOf(string body, string synonyms = "")
    {
        CourseContent course = ChapterLoader.Load([("01-essai.md", ChapterFile.Valid(slug: "essai", title: "Chapitre d’essai", body: body))]);
        return new CourseSearchIndex(course, SynonymList.Parse("synonyms.txt", synonyms));
    }
}
