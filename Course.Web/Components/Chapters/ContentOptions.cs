using System.ComponentModel.DataAnnotations;

namespace Course.Web.Components.Chapters;

/// <summary>Where the chapters are read from (section "Content").</summary>
internal sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>Folder of the chapter Markdown files; defaults to the copy shipped next to the app.</summary>
    [Required]
    public string ChaptersPath { get; set; } = Course.Content.Loading.ChapterLoader.DefaultDirectory;
}
