using Course.Content.Model;

namespace Course.Content.Loading;

/// <summary>
/// Loads the guides: Markdown documents read beside the course (the instructor's guide), rendered with the
/// chapters' dialect (headings, code blocks, editorial notes) but with a short front matter and no quiz.
/// </summary>
internal static class GuideLoader
{
    public static IReadOnlyList<Guide> Load(
        IEnumerable<(string File, string Text)> sources, ChapterBodyRenderer bodyRenderer, List<ContentError> errors)
    {
        var guides = new List<Guide>();
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, text) in sources)
        {
            var before = errors.Count;
            var lines = ContentFile.Lines(file, text, errors);
            var header = FrontMatterReader.Read(file, lines, errors, out var bodyStart, DocumentKind.Guide);
            if (header is null || errors.Count > before)
            {
                continue;
            }

            var sections = bodyRenderer.Render(
                string.Join('\n', lines.Skip(bodyStart)), null, (line, message) => errors.Add(new(file, bodyStart + 1 + line, message)),
                header.Slug);
            if (!slugs.TryAdd(header.Slug, file))
            {
                errors.Add(new(file, header.SlugLine, $"duplicate guide slug '{header.Slug}' (already used by {slugs[header.Slug]})"));
            }

            if (errors.Count == before)
            {
                guides.Add(new Guide(header.Slug, header.Title, header.Summary, sections, file));
            }
        }

        return guides;
    }
}
