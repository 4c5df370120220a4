using Microsoft.JSInterop;

namespace Course.Web.Components.Layout;

/// <summary>
/// The drawer's open/closed choice this reader's browser remembers (<c>site.js</c>, <c>localStorage</c>: the page
/// cache serves everyone the same HTML, so the server never renders it). <c>Routes</c> reads it before the circuit's
/// first render, which replaces the prerendered page at once, and <c>MainLayout</c> starts from it: the drawer
/// <c>RememberedDrawer.js</c> closed in the prerendered page stays closed, and one left open stays open.
/// </summary>
internal sealed class RememberedDrawerChoice(IJSRuntime js)
{
    /// <summary>Whether the drawer starts open: the choice made on a wide screen, open when there is none.</summary>
    public bool Open { get; private set; } = true;

    /// <summary>Reads the choice from the browser; only possible in the circuit (no JavaScript while prerendering).</summary>
    public async Task ReadAsync()
    {
        try
        {
            Open = await js.InvokeAsync<bool?>("courseSite.rememberedDrawer") ?? true;
        }
        catch (Exception exception) when (exception is JSException or JSDisconnectedException or OperationCanceledException)
        {
            // No answer (storage refused, the page going away): the drawer opens, as for a first visit.
            Open = true;
        }
    }
}
