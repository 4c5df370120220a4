using Course.Content.Model;
using Course.Web.Components.Progress;
using Course.Web.Components.Quizzes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Rendering;

namespace Course.Web.Components.Layout;

/// <summary>
/// The drawer's chapter links with their marks on a static page (chapters, DockerCoins): one island for every chapter's
/// marks instead of one per chapter (docs/architecture.md, "The drawer's marks are one island"). It renders the elements
/// MudNavLink renders, with each chapter's title and marks as shared markup, so the whole menu stays under 64 render
/// tree frames (one frame array of the smallest sizes) and a change of marks replaces only that chapter's marks, never a
/// link that may have keyboard focus. Written in C# to keep the frames exact. On interactive pages the menu keeps its
/// MudNavLinks, each with a <see cref="ChapterNavMarks"/> rendering the same marks markup.
/// </summary>
public sealed class ChapterNavLinks : ComponentBase, IDisposable
{
    private const string LinkClass = "mud-nav-link mud-ripple";
    private const string ActiveLinkClass = "mud-nav-link mud-ripple active";

    private MarkupString[] _marks = [];
    private bool _signedIn;

    [Inject]
    private CourseContent Course { get; set; } = default!;

    [Inject]
    private QuizProgress Quizzes { get; set; } = default!;

    [Inject]
    private ChapterReading Reading { get; set; } = default!;

    /// <summary>The slug of the chapter the page shows (its link is the active one); empty on other pages.</summary>
    [Parameter]
    public string CurrentSlug { get; set; } = "";

    [CascadingParameter]
    private Task<AuthenticationState>? Authentication { get; set; }

    protected override void OnInitialized()
    {
        Quizzes.Changed += OnProgressChanged;
        Reading.Changed += OnProgressChanged;
        Refresh();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        _signedIn = await ChapterNavMarkup.LoadForReaderAsync(Authentication, Reading, Quizzes);
        if (Refresh())
        {
            StateHasChanged();
        }
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        // Ten frames a chapter (eleven for the active one): MudNavLink's elements without its empty rel and its tabindex
        // (a link is in the tab order anyway).
        var chapters = Course.Chapters;
        for (var i = 0; i < chapters.Count; i++)
        {
            var chapter = chapters[i];
            var active = string.Equals(chapter.Slug, CurrentSlug, StringComparison.Ordinal);
            var (href, title) = ChapterNavMarkup.LinkOf(chapter);
            builder.OpenElement(0, "div");
            builder.AddAttribute(1, "class", "mud-nav-item");
            builder.OpenElement(2, "a");
            builder.AddAttribute(3, "href", href);
            builder.AddAttribute(4, "data-chapter-link", chapter.Slug);
            builder.AddAttribute(5, "class", active ? ActiveLinkClass : LinkClass);
            builder.AddAttribute(6, "aria-current", active ? "page" : null);
            builder.OpenElement(7, "div");
            builder.AddAttribute(8, "class", "mud-nav-link-text");
            builder.AddContent(9, title);
            builder.AddContent(10, _marks[i]);
            builder.CloseElement();
            builder.CloseElement();
            builder.CloseElement();
        }
    }

    public void Dispose()
    {
        Quizzes.Changed -= OnProgressChanged;
        Reading.Changed -= OnProgressChanged;
    }

    private void OnProgressChanged() => _ = InvokeAsync(() =>
    {
        if (Refresh())
        {
            StateHasChanged();
        }
    });

    // Each chapter's marks as the shared markup for what they show; true when any changed (nothing else re-renders).
    private bool Refresh()
    {
        var chapters = Course.Chapters;
        if (_marks.Length != chapters.Count)
        {
            _marks = new MarkupString[chapters.Count];
        }

        var interactive = RendererInfo.IsInteractive;
        var changed = false;
        for (var i = 0; i < chapters.Count; i++)
        {
            var marks = ChapterNavMarkup.MarksFor(chapters[i], interactive, _signedIn, Reading, Quizzes);
            changed |= !ReferenceEquals(marks.Value, _marks[i].Value);
            _marks[i] = marks;
        }

        return changed;
    }
}
