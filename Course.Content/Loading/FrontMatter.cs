namespace Course.Content.Loading;

/// <summary>The YAML header of a chapter file, with the lines of the keys other checks point at.</summary>
internal sealed record FrontMatter(
    string Slug,
    int SlugLine,
    string Title,
    int Order,
    int OrderLine,
    string Summary,
    int ReadingMinutes,
    IReadOnlyList<string> Objectives);
