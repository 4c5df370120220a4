using System.ComponentModel.DataAnnotations;

namespace Course.Web.Components.Chapters;

/// <summary>Where the chapters and guides are read from (section "Content").</summary>
internal sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>Folder of the chapter Markdown files; defaults to the copy shipped next to the app.</summary>
    [Required]
    public string ChaptersPath { get; set; } = Course.Content.Loading.ChapterLoader.DefaultDirectory;

    /// <summary>Folder of the guides (the instructor's guide); defaults to the copy shipped next to the app.</summary>
    [Required]
    public string GuidesPath { get; set; } = Course.Content.Loading.ChapterLoader.DefaultGuidesDirectory;
}
