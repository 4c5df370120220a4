using Course.Content.Model;

namespace Course.Web.Components.Search;

/// <summary>
/// Lists what the index holds: every section of every chapter, and every quiz question by its prompt and
/// explanation. A question's options are never read here, so neither the keyed answer nor which option is
/// correct can reach the index.
/// </summary>
internal static class SearchEntries
{
    public static IReadOnlyList<SearchEntry> Of(CourseContent course)
    {
        var entries = new List<SearchEntry>();
        foreach (var chapter in course.Chapters)
        {
            foreach (var section in chapter.Sections)
            {
                var title = section.Heading.Length > 0 ? section.Heading : chapter.Title;
                var body = SectionText.FromHtml(section.Html);
                if (body.Length > 0 || section.Heading.Length > 0)
                {
                    entries.Add(new SearchEntry(
                        chapter.Slug, chapter.Title, chapter.Order, section.Id, title, section.Heading, body, body, false));
                }

                foreach (var question in section.Questions)
                {
                    var prompt = SectionText.FromHtml(question.PromptHtml);
                    var explanation = SectionText.FromHtml(question.ExplanationHtml);
                    entries.Add(new SearchEntry(
                        chapter.Slug, chapter.Title, chapter.Order, section.Id, title, "", $"{prompt} {explanation}", prompt, true));
                }
            }
        }

        return entries;
    }
}
