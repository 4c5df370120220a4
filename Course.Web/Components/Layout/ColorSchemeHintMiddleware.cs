namespace Course.Web.Components.Layout;

/// <summary>
/// Adds the <see cref="ColorSchemeHint"/> headers to every HTML page, cached or not: each page is drawn in the theme
/// the hint selects when no theme cookie is set.
/// </summary>
internal sealed class ColorSchemeHintMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            return next(context);
        }

        var response = context.Response;
        response.OnStarting(() =>
        {
            if (response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true)
            {
                ColorSchemeHint.Advertise(response);
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
