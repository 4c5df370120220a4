using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Course.Web.Components.Islands;

/// <summary>
/// Renders one component statically inside a container that names it and its parameters; once the page's circuit is up,
/// <c>wwwroot/js/islands.js</c> attaches it there as a JavaScript root component, which replaces the static HTML with
/// the same markup, now interactive. The parameters are public values (a question id, a chapter slug): nothing secret
/// goes into the page, and the component validates what the browser sends back.
/// </summary>
public sealed class JsIsland : ComponentBase
{
    /// <summary>The registered name (<see cref="JsIslandNames"/>).</summary>
    [Parameter, EditorRequired]
    public string Name { get; set; } = "";

    /// <summary>The component's parameters, by property name; strings only.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyDictionary<string, string> Parameters { get; set; } = new Dictionary<string, string>();

    /// <summary>The container's element: <c>span</c> inside phrasing content (a link), else <c>div</c>.</summary>
    [Parameter]
    public string Element { get; set; } = "div";

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var component = JsIslandNames.Components[Name];
        builder.OpenElement(0, Element);
        builder.AddAttribute(1, "class", "js-island");
        builder.AddAttribute(2, "data-island", Name);
        builder.AddAttribute(3, "data-island-params", JsonSerializer.Serialize(Parameters));
        builder.OpenComponent(4, component);
        foreach (var (parameter, value) in Parameters)
        {
            builder.AddComponentParameter(5, parameter, value);
        }

        builder.CloseComponent();
        builder.CloseElement();
    }
}
