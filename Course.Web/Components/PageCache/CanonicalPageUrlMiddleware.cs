namespace Course.Web.Components.PageCache;

/// <summary>Answers 301 to the canonical address for any other form of a course page's address.</summary>
internal sealed class CanonicalPageUrlMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (CanonicalPageUrl.RedirectTarget(context.Request) is not { } target)
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = target;
        return Task.CompletedTask;
    }
}
