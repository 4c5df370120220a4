using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Web;

namespace Course.Web.Components.Islands;

/// <summary>
/// Registers the chapter page's islands as JavaScript root components (docs/architecture.md, "Chapter pages: static
/// with islands"): the page carries their static HTML and a name, not one data-protected marker each.
/// </summary>
internal static class IslandsRegistration
{
    public static IHostApplicationBuilder AddIslands(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<CircuitOptions>(options =>
        {
            foreach (var (name, component) in JsIslandNames.Components)
            {
                options.RootComponents.RegisterForJavaScript(component, name);
            }
        });
        return builder;
    }
}
