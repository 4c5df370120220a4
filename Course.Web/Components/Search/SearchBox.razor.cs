using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.JSInterop;

namespace Course.Web.Components.Search;

public sealed partial class SearchBox : IDisposable
{
    /// <summary>Results wait until the student pauses typing, so a word is searched once, not once per letter.</summary>
    internal static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(200);

    /// <summary>The list under the field stays short; the search page shows the rest.</summary>
    internal const int MaxShown = 8;

    private string _text = "";
    private SearchResults? _results;
    private CancellationTokenSource? _pending;

    [Inject]
    private CourseSearch Search { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>
    /// On a static page (chapters, DockerCoins) the search box is the one prerendered interactive component: its marker
    /// starts the circuit (blazor.web.js starts one only for a marker), and once it runs there it has islands.js attach
    /// the page's other islands as JavaScript root components (docs/architecture.md, "Chapter pages: static with
    /// islands"). Being that component itself, rather than the child of an anchor, saves each circuit a component.
    /// </summary>
    [Parameter]
    public bool AttachesIslands { get; set; }

    private bool IsOpen => _results is { IsEmptyQuery: false };

    protected override void OnInitialized() => Navigation.LocationChanged += OnLocationChanged;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && AttachesIslands)
        {
            try
            {
                await JS.InvokeVoidAsync("courseIslands.attach");
            }
            catch (JSDisconnectedException)
            {
                // The page is gone: nothing to attach.
            }
        }
    }

    private async Task SearchAfterPauseAsync()
    {
        _pending?.Cancel();
        _pending?.Dispose();
        var pending = _pending = new CancellationTokenSource();
        try
        {
            await Task.Delay(Debounce, pending.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        // Right after a start the index may still be building: the results come when it is ready, never from half of it.
        var results = string.IsNullOrWhiteSpace(_text) ? null : await Search.SearchAsync(_text, MaxShown);
        if (!pending.IsCancellationRequested)
        {
            _results = results;
        }
    }

    private void OnKeyDown(KeyboardEventArgs e)
    {
        if (e.Key == "Escape")
        {
            Close();
        }
    }

    private void Submit()
    {
        var query = SearchQueryBuilder.Normalize(_text);
        if (query.Length > 0)
        {
            Close();
            // From a static page, a page load rather than Blazor's enhanced navigation, as for links (js/static-layout.js).
            Navigation.NavigateTo(SearchPage.Address(query), forceLoad: AttachesIslands);
        }
    }

    private void Close()
    {
        _pending?.Cancel();
        _results = null;
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) =>
        _ = InvokeAsync(() =>
        {
            Close();
            _text = "";
            StateHasChanged();
        });

    public void Dispose()
    {
        Navigation.LocationChanged -= OnLocationChanged;
        _pending?.Cancel();
        _pending?.Dispose();
    }
}
