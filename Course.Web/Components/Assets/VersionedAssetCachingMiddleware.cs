namespace Course.Web.Components.Assets;

/// <summary>
/// Caches package assets requested with a version (<c>/_content/...?v=</c>, see <see cref="VersionedAsset"/>) for a
/// year, as the framework caches its fingerprinted routes: the version changes with the content.
/// </summary>
internal sealed class VersionedAssetCachingMiddleware(RequestDelegate next)
{
    public const string Immutable = "max-age=31536000, immutable";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Path.StartsWithSegments("/_content")
            && request.Query.ContainsKey(VersionedAsset.VersionParameter))
        {
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
                {
                    context.Response.Headers.CacheControl = Immutable;
                }

                return Task.CompletedTask;
            });
        }

        return next(context);
    }
}
