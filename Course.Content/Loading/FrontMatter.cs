namespace Course.Content.Loading;

/// <summary>The YAML header of a chapter or guide file, with the lines of the keys other checks point at.</summary>
/// <remarks>A guide has no order, reading time, objectives or lab checks: those stay 0 or empty.</remarks>
internal sealed record FrontMatter(
    string Slug,
    int SlugLine,
    string Title,
    int Order,
    int OrderLine,
    string Summary,
    int ReadingMinutes,
    IReadOnlyList<string> Objectives)
{
    /// <summary>True when the header says <c>addedInEdition: true</c>.</summary>
    public bool AddedInEdition { get; init; }

    /// <summary>The <c>labChecks:</c> entries, read and shape-checked; their review anchors are checked later.</summary>
    public IReadOnlyList<LabCheckSource> LabChecks { get; init; } = [];
}
