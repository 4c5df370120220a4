namespace Course.Web.Components.Cluster.Reporter;

/// <summary>Settings of the lab reporter feature: section <c>Labo</c>, plus the site's public address <c>Site:PublicUrl</c>.</summary>
internal sealed class LabReporterOptions
{
    public const string SectionName = "Labo";
    public const string PublicUrlKey = "Site:PublicUrl";

    /// <summary>The image the students' clusters run in reporter mode: the course's own image.</summary>
    public string ReporterImage { get; set; } = "course-web:latest";

    /// <summary>The site's address as the students' clusters reach it; unset means the address of the request.</summary>
    public string? PublicUrl { get; set; }
}
