using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Course.Content.Model;
using Course.Web.Components.Chapters;
using Course.Web.Components.Quizzes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Course.Web.Components.Progress;

/// <summary>
/// The drawer's chapter entries as markup: each chapter's number and title (Layout/ChapterNavLinks, on static pages),
/// and its marks (there and in <see cref="ChapterNavMarks"/> on interactive pages: one source for both). Every string
/// is built once per distinct value and shared by all circuits: a circuit's render tree holds references, not copies
/// (docs/architecture.md, "The drawer's marks are one island").
/// </summary>
internal static class ChapterNavMarkup
{
    private static readonly ConcurrentDictionary<(string Slug, string Title, int Order), (string Href, MarkupString Title)> Links = new();
    private static readonly ConcurrentDictionary<MarksKey, MarkupString> Marks = new();

    /// <summary>The chapter's link address and "<c>1.</c> Introduction", as the drawer's link shows it.</summary>
    public static (string Href, MarkupString Title) LinkOf(Chapter chapter) =>
        Links.GetOrAdd((chapter.Slug, chapter.Title, chapter.Order), static (key, chapter) => (
            ChapterLinks.Chapter(chapter),
            new MarkupString($"<span class=\"nav-chapter-number\">{key.Order.ToString(CultureInfo.InvariantCulture)}.</span> {WebUtility.HtmlEncode(key.Title)}")),
            chapter);

    /// <summary>
    /// Loads what the marks show for this circuit's reader, once its first render is done: the answers for everyone, the
    /// reading state only for a signed-in student (an anonymous visitor's is not even read). True for a signed-in student.
    /// </summary>
    public static async Task<bool> LoadForReaderAsync(Task<AuthenticationState>? authentication, ChapterReading reading, QuizProgress quizzes)
    {
        var signedIn = authentication is not null && SignedInStudent.UserIdOf((await authentication).User) is not null;
        if (signedIn)
        {
            await reading.EnsureLoadedAsync();
        }

        await quizzes.EnsureLoadedAsync();
        return signedIn;
    }

    /// <summary>
    /// A chapter's marks as they stand for this circuit's reader: the standing only for a signed-in student whose
    /// reading is loaded, the count once a question of the chapter is answered.
    /// </summary>
    public static MarkupString MarksFor(Chapter chapter, bool interactive, bool signedIn, ChapterReading reading, QuizProgress quizzes)
    {
        var score = quizzes.ScoreOf(chapter);
        ChapterStanding? standing = signedIn && reading.IsSignedIn ? ChapterProgressSummary.Of(chapter, reading, quizzes).Standing : null;
        return MarksOf(chapter.Slug, interactive, standing, score.Answered, score.Total);
    }

    /// <summary>
    /// The marks' container, with the standing of a signed-in student (null for anyone else) and the questions answered
    /// (shown once at least one is).
    /// </summary>
    public static MarkupString MarksOf(string slug, bool interactive, ChapterStanding? standing, int answered, int total) =>
        Marks.GetOrAdd(new MarksKey(slug, interactive, standing, answered, total), Build);

    private static MarkupString Build(MarksKey key)
    {
        var html = $"<span class=\"nav-chapter-marks\" data-interactive=\"{(key.Interactive ? "true" : "false")}\">";
        if (key.Standing is ChapterStanding.Read or ChapterStanding.Completed)
        {
            var completed = key.Standing == ChapterStanding.Completed;
            html += $"<span class=\"nav-chapter-mark\" data-chapter-state=\"{(completed ? "completed" : "read")}\">" +
                    SmallIcon(completed ? Icons.Material.Filled.TaskAlt : Icons.Material.Outlined.Done) +
                    (completed ? "terminé" : "lu") + "</span>";
        }

        if (key.Total > 0 && key.Answered > 0)
        {
            var slug = WebUtility.HtmlEncode(key.Slug);
            html += string.Create(CultureInfo.InvariantCulture,
                $"<span class=\"chapter-answers chapter-answers--compact\" data-chapter-answers=\"{slug}\" data-answered=\"{key.Answered}\" data-total=\"{key.Total}\">" +
                $"{key.Answered}/{key.Total}<span class=\"visually-hidden\"> questions répondues</span></span>");
        }

        return new MarkupString(html + "</span>");
    }

    // What MudIcon renders for Size.Small with aria-hidden (the drawer's marks are markup, not MudIcons).
    private static string SmallIcon(string svg) =>
        "<svg class=\"mud-icon-root mud-icon-default mud-svg-icon mud-icon-size-small\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\" role=\"img\">" +
        svg + "</svg>";

    private readonly record struct MarksKey(string Slug, bool Interactive, ChapterStanding? Standing, int Answered, int Total);
}
